"""Dialogs: each holds its form and keeps the user's typing when the core refuses it."""

from __future__ import annotations
