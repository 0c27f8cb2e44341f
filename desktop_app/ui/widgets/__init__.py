"""widgets for the Reliability Desk window."""
