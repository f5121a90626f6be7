"""Custom widgets: the agreement timeline, the scope filter bar, the start-up banner."""
