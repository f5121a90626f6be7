"""The pages of the main window, one module each; created on first show."""

from __future__ import annotations
