"""plots for the Reliability Desk window."""
