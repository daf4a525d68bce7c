"""The server's API fuzzed from the OpenAPI document it serves (schemathesis), over real
HTTP on loopback against PostgreSQL: every operation, with valid and with invalid input;
never a 5xx, and every answer as the document describes it."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.generation import GenerationMode

from crmdesk.protocol import PROTOCOL_VERSION
from crmdesk.server.app import create_app
from crmdesk.server.db import connect
from tests.server_fixtures import PASSWORD, database_url, login, running_server, server_cli_here

#: Examples per operation and mode: a quick look by default, a long one when asked for.
EXAMPLES = 400 if os.environ.get("CRMDESK_TEST_SIZE") == "large" else 15
WORKSPACE = "fuzz-laptop"
INT4 = 2**31


def _document() -> dict[str, Any]:
    """The app's OpenAPI document, read at collection time to name the tests (the engine
    of this unused in-memory database never connects)."""
    db = connect("sqlite://")
    try:
        return create_app(db).openapi()
    finally:
        db.close()


DOCUMENT = _document()
OPERATIONS = sorted((method.upper(), path) for path, ops in DOCUMENT["paths"].items()
                    for method in ops)


def _cases() -> list[Any]:
    """Each operation with valid input; and with invalid input where it takes any (a
    header alone cannot be made invalid)."""
    out = []
    for method, path in OPERATIONS:
        spec = DOCUMENT["paths"][path][method.lower()]
        out.append(pytest.param(method, path, GenerationMode.POSITIVE,
                                id=f"{method} {path} valid"))
        if "requestBody" in spec or any(p["in"] != "header" for p in spec.get("parameters",
                                                                             [])):
            out.append(pytest.param(method, path, GenerationMode.NEGATIVE,
                                    id=f"{method} {path} invalid"))
    return out


class Api:
    """A running server with a signed-in rep, and its OpenAPI document as served."""

    def __init__(self, base: str, token: str) -> None:
        self.base, self.token = base, token
        self.schema = schemathesis.openapi.from_url(f"{base}/openapi.json")

    def fresh_token(self) -> str:
        """A login of its own, for a case that may end it (logout, renew)."""
        with httpx.Client(base_url=self.base, timeout=30) as http:
            return str(login(http, "amy", PASSWORD, client_id=WORKSPACE).json()["token"])


@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Api]:
    tmp = tmp_path_factory.mktemp("fuzz")
    with database_url("postgres", Path(tmp)) as url:
        assert server_cli_here("init", "--database-url", url, "--admin", "root",
                               password=PASSWORD).returncode == 0
        assert server_cli_here("team", "add", "East", "--database-url", url).returncode == 0
        assert server_cli_here("user", "add", "amy", "--team", "East", "--database-url", url,
                               password=PASSWORD).returncode == 0
        with running_server(url) as (base, _db), httpx.Client(base_url=base) as http:
            token = login(http, "amy", PASSWORD, client_id=WORKSPACE).json()["token"]
            yield Api(base, token)


def test_the_served_document_lists_every_operation(api: Api) -> None:
    served = httpx.get(f"{api.base}/openapi.json").json()
    assert sorted((m.upper(), p) for p, ops in served["paths"].items() for m in ops
                  ) == OPERATIONS
    assert len(OPERATIONS) >= 7


def _aimed(case: Any) -> None:
    """Valid cases carry this workspace's id and protocol: they get past those checks
    into the sync code (the refusals of a wrong id or version are tested elsewhere)."""
    if isinstance(case.body, dict):
        if "client_id" in case.body and case.path != "/v1/login":
            case.body["client_id"] = WORKSPACE
        if "protocol" in case.body:
            case.body["protocol"] = PROTOCOL_VERSION


@pytest.mark.parametrize(("method", "path", "mode"), _cases())
def test_every_operation_answers_as_documented(api: Api, method: str, path: str,
                                               mode: GenerationMode) -> None:
    operation = api.schema[path][method]

    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(max_examples=EXAMPLES, deadline=None, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
    def check(case: Any) -> None:
        if mode is GenerationMode.POSITIVE:
            _aimed(case)
        # logging out and renewing end the token they are given
        token = api.fresh_token() if path in ("/v1/logout", "/v1/renew") else api.token
        case.call_and_validate(base_url=api.base,
                               headers={"Authorization": f"Bearer {token}"})

    check()


def test_a_large_op_seq_is_not_a_500(api: Api) -> None:
    op = {"op_id": str(uuid.uuid4()), "seq": INT4, "entity": "accounts",
          "row_id": str(uuid.uuid4()), "fields": {}, "stamp": "not a stamp"}
    answer = httpx.post(f"{api.base}/v1/push", timeout=30, json={
        "client_id": WORKSPACE, "protocol": PROTOCOL_VERSION, "ops": [op]},
        headers={"Authorization": f"Bearer {api.token}"})
    assert answer.status_code == 200, answer.text
    assert answer.json()["results"][0]["status"] == "refused"


def test_a_nul_in_a_user_name_is_not_a_500(api: Api) -> None:
    answer = httpx.post(f"{api.base}/v1/login", timeout=30, json={
        "username": "amy\x00", "password": PASSWORD, "client_id": WORKSPACE,
        "protocol": PROTOCOL_VERSION})
    assert answer.status_code in (401, 422), answer.text
