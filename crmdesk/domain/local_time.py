"""Local calendar days against stored times.

Times of day (a deal's changes, an activity's `occurred_at`) are stored as naive UTC
(crmdesk.store.models.utcnow) and shown in the laptop's zone; dates people choose (a
review's period, "changed since") are days of the laptop's calendar. A bound on stored
times is therefore the local day's first instant turned into UTC: in Shanghai, 1 October
begins at 30 September 16:00 UTC, so a stage change made at 07:30 on 1 October (stored
as 30 September 23:30) is October's.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, tzinfo


def day_start(day: date, zone: tzinfo | None = None) -> datetime:
    """The first instant of local `day` as times are stored (naive UTC). `zone` None is
    the laptop's own (read afresh each call, so a changed zone counts at once)."""
    midnight = datetime.combine(day, time.min)
    local = midnight.replace(tzinfo=zone) if zone is not None else midnight.astimezone()
    return local.astimezone(UTC).replace(tzinfo=None)


def local(at: datetime, zone: tzinfo | None = None) -> datetime:
    """A stored time (naive UTC) as the laptop's clock reads it (naive, in `zone`; None
    is the laptop's own): the time and the day people see on the timeline."""
    moment = at.replace(tzinfo=UTC)
    return (moment.astimezone(zone) if zone is not None else moment.astimezone()
            ).replace(tzinfo=None)
