"""Message templates' rules (crmdesk.domain.messages): merge fields in any language, an
unknown field refused before anything goes, the blank policy, and the SMS gateway's
body built inside the JSON."""

from __future__ import annotations

import json
import uuid

import pytest

from crmdesk.domain import row_checks
from crmdesk.domain.messages import (
    GATEWAY_SHAPE,
    NO_SUBJECT,
    NO_TEAM,
    SMS_SUBJECT,
    MessageChannel,
    UnknownField,
    gateway_body,
    gateway_shape_problem,
    render,
    template_id,
    template_problems,
)

TEAM = uuid.uuid4()
VALUES = {"contact.name": "王芳", "contact.title": "采购经理",
          "company.name": "杭州云帆科技有限公司", "owner.name": "Amy",
          "deal.amount": "120,000.00 CNY", "contract.end_date": "2027-03-31"}


def test_every_field_renders_in_chinese_and_hebrew() -> None:
    body = ("{{contact.name}}{{contact.title}}您好，{{company.name}}的合同将于"
            "{{contract.end_date}}到期；报价 {{deal.amount}}。— {{owner.name}}")
    out = render("续约提醒：{{company.name}}", body, VALUES)
    assert out.subject == "续约提醒：杭州云帆科技有限公司"
    assert out.body == ("王芳采购经理您好，杭州云帆科技有限公司的合同将于2027-03-31到期；"
                        "报价 120,000.00 CNY。— Amy")
    assert out.blanks == ()
    hebrew = render("", "שלום {{contact.name}}, תודה!", {"contact.name": "דנה"})
    assert hebrew.body == "שלום דנה, תודה!"


def test_a_missing_value_is_its_fallback_or_nothing_and_is_listed() -> None:
    out = render("Hi", "Dear {{ contact.title | Sir or Madam }}, {{deal.amount}}.",
                 {"contact.title": None, "deal.amount": "  "})
    assert out.body == "Dear Sir or Madam, ."
    assert out.blanks == ("contact.title", "deal.amount")


def test_an_unknown_field_is_an_error_never_a_blank() -> None:
    with pytest.raises(UnknownField, match=r"contact\.nmae"):
        render("", "Hello {{contact.nmae}}", VALUES)
    with pytest.raises(UnknownField, match="never closed"):
        render("Hello {{contact.name", "body", VALUES)


def test_what_a_template_must_be() -> None:
    ok = template_problems(TEAM, "Renewal", "email", "About {{company.name}}", "Hi")
    assert ok == []
    assert template_problems(None, "R", "email", "S", "B") == [NO_TEAM]
    assert template_problems(TEAM, "R", "email", "", "B") == [NO_SUBJECT]
    assert template_problems(TEAM, "R", "sms", "S", "B") == [SMS_SUBJECT]
    assert template_problems(TEAM, "R", "fax", "", "B") == [
        "A template is an email or an SMS template."]
    [problem] = template_problems(TEAM, "R", "sms", "", "Hi {{customer}}")
    assert problem.startswith("Unknown merge field “{{customer}}”")
    # the same check is the row check both sides run
    row = {"team_id": TEAM, "name": "R", "channel": MessageChannel.SMS, "subject": "",
           "body": "Hi {{customer}}", "deleted": False}
    assert row_checks.row_problems(row_checks.TEMPLATES, row, None) == [problem]  # type: ignore[arg-type]
    assert row_checks.row_problems(row_checks.TEMPLATES, row | {"deleted": True},
                                   None) == []  # type: ignore[arg-type]


def test_one_name_is_one_template_of_a_team() -> None:
    assert template_id(TEAM, "Renewal  reminder") == template_id(TEAM, "renewal reminder")
    assert template_id(TEAM, "Renewal") != template_id(uuid.uuid4(), "Renewal")


def test_the_gateway_body_keeps_quotes_and_lines_as_text() -> None:
    shape = '{"to": "{to}", "message": {"text": "{text}", "sender": "crmdesk"}}'
    assert gateway_shape_problem(shape) is None
    text = 'Say "hi"\n{to} stays — 你好'
    assert gateway_body(shape, "+8613800000000", text) == {
        "to": "+8613800000000", "message": {"text": text, "sender": "crmdesk"}}
    assert json.loads(json.dumps(gateway_body(shape, "1", text)))["message"]["text"] == text
    assert gateway_shape_problem('{"to": "{to}"}') == GATEWAY_SHAPE
    assert gateway_shape_problem("not json") == GATEWAY_SHAPE
