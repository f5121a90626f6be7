"""Files that ship with the app and are not code: reference data, icons, fonts, templates.

Installed as the package `consularapp_resources`; read it through `consularapp.paths`.
"""
