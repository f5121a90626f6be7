"""ConsularApp's desktop window (PySide6) over the Qt-free core in `consularapp`."""
