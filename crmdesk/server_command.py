"""The `crmdesk-server` command's entry: it says which packages a desktop install lacks
(the server's live in the `server` extra) instead of failing on an import."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Sequence

#: What the server imports, by module, with the package that provides it.
SERVER_PACKAGES: dict[str, str] = {
    "fastapi": "fastapi",
    "python_multipart": "python-multipart",
    "uvicorn": "uvicorn",
    "psycopg": "psycopg[binary]",
    "argon2": "argon2-cffi",
    "prometheus_client": "prometheus-client",
}


def missing_packages() -> list[str]:
    """The server's packages this Python cannot import."""
    return [package for module, package in SERVER_PACKAGES.items()
            if importlib.util.find_spec(module) is None]


def main(argv: Sequence[str] | None = None) -> int:
    missing = missing_packages()
    if missing:
        print("crmdesk-server: the server's packages are not installed (a desktop install "
              f"leaves them out): {', '.join(missing)}.\nInstall them with: "
              "pip install 'crmdesk[server]'", file=sys.stderr)
        return 2
    from crmdesk.server.cli import main as run

    return run(argv)


if __name__ == "__main__":
    sys.exit(main())
