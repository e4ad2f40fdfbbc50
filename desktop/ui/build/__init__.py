"""The Build area: compose a CNN with its live arithmetic."""
