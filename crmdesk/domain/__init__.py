"""Plain-Python business rules: no Qt, no database session, no I/O."""
