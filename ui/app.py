"""Starting the desktop app: QApplication, translations, crash handler, database, window.

The core's command line finds this through the `consularapp.gui` entry point (`window =
ui.app:run`); the core never imports Qt.
"""

from __future__ import annotations

import logging
import sys
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

import consularapp
from consularapp.db import Database
from ui.main_window import MainWindow
from ui.settings import APPLICATION, ORGANIZATION

log = logging.getLogger(__name__)

def _tr(text: str) -> str:
    return QCoreApplication.translate("app", text)


def ensure_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication, created with the names QSettings files its settings under."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(list(argv) if argv is not None else sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    # No application display name: Qt would append it to every window title, and the main
    # window's title already starts with the app's name ("ConsularApp — consularapp.sqlite3").
    app.setApplicationVersion(consularapp.__version__)
    return app  # type: ignore[return-value]


def translations_folder() -> Path | None:
    """resources/translations as a real folder, if the app ships one."""
    from ui.language import translations_folder as folder

    found = folder()
    return Path(found) if found else None


def install_translators(app: QCoreApplication,
                        locale: QLocale | str | None = None) -> list[QTranslator]:
    """Speak the window's language: the machine's policy, else the user's choice in Options,
    else the system's (ui.language); `locale` forces one unless a policy fixes it. Qt's own
    strings (qtbase_<lang>.qm), the app's (consularapp_<lang>.qm), the core's and the formats
    follow. A missing .qm is logged, not fatal."""
    from consularapp import i18n, policy
    from ui import language
    from ui.settings import Settings

    if locale is None or policy.language():
        code = language.effective_language(Settings().interface_language)[0]
    elif isinstance(locale, QLocale):
        code = i18n.normalise(locale.name()) or "en"
    else:
        code = i18n.normalise(locale) or "en"
    folder = translations_folder()
    return language.install(app, code, str(folder) if folder else None)


def open_app_database(db_url: str | None = None) -> Database:
    """Open (creating and upgrading as needed) the database; load the directory into a new one."""
    from consularapp.db import open_database
    from consularapp.paths import database_url
    from consularapp.reference import load_reference

    db = open_database(database_url(db_url))
    if db.created:
        try:
            load_reference(db)
        except BaseException:
            db.close()
            raise
    return db


def build_main_window(db: Database, argv: list[str] | None = None) -> MainWindow:
    """A main window over `db` (not shown); makes the QApplication if there is none yet."""
    ensure_application(argv)
    return MainWindow(db)


def run(db_url: str | None = None, argv: list[str] | None = None, *,
        as_of: date | None = None) -> int:
    """Run the desktop app on `db_url` (default: $CONSULARAPP_DB or the user's file), as of
    `as_of` (the window's clock, ui.clock) when given. Exit code."""
    if as_of is not None:
        from ui import clock

        clock.set_today(as_of)
    from consularapp.errors import ConsularError
    from ui import colours
    from ui.errors import format_exception, install_excepthook

    app = ensure_application(argv)
    install_translators(app)
    install_excepthook()
    colours.install(app)
    try:
        db = open_app_database(db_url)
    except ConsularError as exc:
        from consularapp.db import redact

        log.error("Cannot open the database: %s", exc)
        QMessageBox.critical(None, _tr("ConsularApp cannot start"),
                             _tr("The database could not be opened.") + "\n\n"
                             + redact(str(exc)))
        return 1
    except Exception as exc:
        log.critical("Cannot open the database", exc_info=exc)
        QMessageBox.critical(None, _tr("ConsularApp cannot start"),
                             _tr("The database could not be opened.") + "\n\n"
                             + format_exception(exc))
        return 1
    if db.backup_path is not None:
        log.info("Database upgraded; the old copy is %s", db.backup_path)
    window = MainWindow(db, owns_db=True)
    window.show()
    try:
        return app.exec()
    finally:
        db.close()
