"""`python -m crmdesk`: the same as the `crmdesk` command."""

import sys

from crmdesk.cli import main

sys.exit(main())
