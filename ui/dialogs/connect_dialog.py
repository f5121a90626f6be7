"""File > Connect to team database: where the shared PostgreSQL database is, and who you are.

Recent connections are offered first; the password is taken from the operating system's
credential store when it holds one, else asked here, and kept there only if the user ticks the
box (never in the settings file).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.settings import Settings
from ui.team import (
    TLS_MODES,
    Connection,
    credential_store_available,
    recent_connections,
    stored_password,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("connect", text)


TLS_WORDS = {
    "prefer": QT_TRANSLATE_NOOP("connect", "Encrypted if the server offers it (prefer)"),
    "require": QT_TRANSLATE_NOOP("connect", "Always encrypted (require)"),
    "verify-ca": QT_TRANSLATE_NOOP("connect",
                                   "Encrypted, server certificate checked (verify-ca)"),
    "verify-full": QT_TRANSLATE_NOOP(
        "connect", "Encrypted, certificate and server name checked (verify-full)"),
    "disable": QT_TRANSLATE_NOOP("connect", "Not encrypted (disable)"),
}


class ConnectDialog(QDialog):
    """Asks for a team database; `connection()` and `password()` give the answer."""

    def __init__(self, settings: Settings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings or Settings()
        self.setWindowTitle(_tr("Connect to team database"))
        layout = QVBoxLayout(self)
        intro = QLabel(_tr("A team shares one database on a PostgreSQL server. Your "
                           "administrator gives you these details."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        layout.addLayout(form)
        self.recent = QComboBox(self)
        self.recent.addItem(_tr("New connection"), None)
        for c in recent_connections(self.settings):
            self.recent.addItem(f"{c.user} @ {c.label}", c)
        self._row(form, _tr("&Recent:"), self.recent, _tr("Recent connections"))
        self.host = QLineEdit(self)
        self.host.setPlaceholderText(_tr("e.g. db.region5.agency.gov"))
        self._row(form, _tr("Ser&ver:"), self.host, _tr("Server"))
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self._row(form, _tr("P&ort:"), self.port, _tr("Port"))
        self.database = QLineEdit(self)
        self._row(form, _tr("&Database:"), self.database, _tr("Database"))
        self.user = QLineEdit(self)
        self._row(form, _tr("&User:"), self.user, _tr("User"))
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self._row(form, _tr("&Password:"), self.password_edit, _tr("Password"))
        self.remember = QCheckBox(_tr("Re&member the password in this computer's credential "
                                      "store"), self)
        if not credential_store_available():
            self.remember.setEnabled(False)
            self.remember.setToolTip(_tr("This computer has no credential store; the password "
                                         "is asked each time."))
        form.addRow("", self.remember)
        self.tls = QComboBox(self)
        for mode in TLS_MODES:
            self.tls.addItem(_tr(TLS_WORDS[mode]), mode)
        self._row(form, _tr("&Encryption:"), self.tls, _tr("Encryption"))
        ca_row = QHBoxLayout()
        self.ca_file = QLineEdit(self)
        self.ca_file.setPlaceholderText(_tr("the server's certificate authority (.crt, .pem)"))
        browse = QPushButton(_tr("&Browse…"), self)
        browse.clicked.connect(self._browse)
        ca_row.addWidget(self.ca_file, 1)
        ca_row.addWidget(browse)
        caption = QLabel(_tr("&Certificate:"), self)
        caption.setBuddy(self.ca_file)
        self.ca_file.setAccessibleName(_tr("Certificate authority file"))
        form.addRow(caption, ca_row)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(_tr("Co&nnect"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.recent.currentIndexChanged.connect(self._recent_chosen)
        self.tls.currentIndexChanged.connect(self._tls_changed)
        self._tls_changed()
        if self.recent.count() > 1:
            self.recent.setCurrentIndex(1)

    def _row(self, form: QFormLayout, label: str, widget: QWidget, name: str) -> None:
        caption = QLabel(label, self)
        caption.setBuddy(widget)
        widget.setAccessibleName(name)
        form.addRow(caption, widget)

    def _browse(self) -> None:
        path, _f = QFileDialog.getOpenFileName(self, _tr("Certificate authority"), "",
                                               _tr("Certificates (*.crt *.pem *.cer);;"
                                                   "All files (*)"))
        if path:
            self.ca_file.setText(path)

    def _tls_changed(self) -> None:
        verifies = self.tls.currentData() in ("verify-ca", "verify-full")
        self.ca_file.setEnabled(verifies)

    def _recent_chosen(self) -> None:
        c = self.recent.currentData()
        if not isinstance(c, Connection):
            return
        self.host.setText(c.host)
        self.port.setValue(c.port)
        self.database.setText(c.database)
        self.user.setText(c.user)
        index = self.tls.findData(c.tls)
        self.tls.setCurrentIndex(max(index, 0))
        self.ca_file.setText(c.ca_file)
        known = stored_password(c)
        self.password_edit.setText(known or "")
        self.remember.setChecked(known is not None)

    def connection(self) -> Connection:
        return Connection(host=self.host.text().strip(), database=self.database.text().strip(),
                          user=self.user.text().strip(), port=self.port.value(),
                          tls=str(self.tls.currentData()), ca_file=self.ca_file.text().strip())

    def password(self) -> str:
        return self.password_edit.text()

    def accept(self) -> None:
        c = self.connection()
        missing = [name for name, value in ((_tr("the server"), c.host),
                                            (_tr("the database"), c.database),
                                            (_tr("the user"), c.user)) if not value]
        if c.tls in ("verify-ca", "verify-full") and not c.ca_file:
            missing.append(_tr("the certificate authority file"))
        if missing:
            self.problem.setText(_tr("Give %1.").replace("%1", ", ".join(missing)))
            self.problem.show()
            return
        super().accept()
