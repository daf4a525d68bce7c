"""The bundle's entry point: the same as the `crmdesk` command."""

import sys

from crmdesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
