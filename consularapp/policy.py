"""Machine-wide settings that IT fixes and a user cannot override (the installer's "policy").

Where they come from:
- Windows: the registry key `HKLM\\Software\\Policies\\ConsularApp` (Group Policy writes it; the
  templates are packaging/windows/policy/ConsularApp.admx and its .adml);
- elsewhere: `/etc/xdg/ConsularApp/policy.ini`, section `[Policy]`, the same names as keys.

- `DatabaseUrl`: an SQLAlchemy URL without a password; the database every user of the machine
  uses (`--db`, `$CONSULARAPP_DB` and File > Open database cannot choose another);
- `Language`: `en` or `es`, the interface language whatever the system's;
- `AllowDemoData`: 0 or 1 (a registry DWORD; in the file also false/true), whether the
  demonstration data may be loaded.

A user can change neither place (only administrators write HKLM and /etc), and no environment
variable moves them. Tests set `POLICY_FILE` (and `USE_REGISTRY = False`) with monkeypatch.
A value that cannot be used is left out and said in `Policy.problems` (the About box shows them);
a database URL holding a password is refused outright, since every user can read the policy.
"""

from __future__ import annotations

import configparser
import logging
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from consularapp.errors import ConsularError
from consularapp.i18n import _

log = logging.getLogger(__name__)

POLICY_FILE = Path("/etc/xdg/ConsularApp/policy.ini")
USE_REGISTRY = sys.platform == "win32"
POLICY_SECTION = "Policy"
REGISTRY_KEY = r"Software\Policies\ConsularApp"

DATABASE_URL = "DatabaseUrl"
LANGUAGE = "Language"
ALLOW_DEMO_DATA = "AllowDemoData"
NAMES = (DATABASE_URL, LANGUAGE, ALLOW_DEMO_DATA)
LANGUAGES = ("en", "es")

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off"}


class PolicyError(ConsularError):
    """The machine's policy forbids what was asked, or cannot be used as written."""


@dataclass(frozen=True)
class Policy:
    """The policy in force on this machine; None for a setting IT left to the user."""

    source: str = ""  # where it was read ("" when there is none)
    database_url: str | None = None
    language: str | None = None
    allow_demo_data: bool | None = None
    problems: tuple[str, ...] = field(default=())

    @property
    def demo_allowed(self) -> bool:
        return self.allow_demo_data is not False

    def items(self) -> list[tuple[str, str]]:
        """(setting, value) for each setting the policy fixes, as a person reads them."""
        rows: list[tuple[str, str]] = []
        if self.database_url is not None:
            rows.append((_("Database"), display_url(self.database_url)))
        if self.language is not None:
            rows.append((_("Interface language"),
                         {"en": _("English"), "es": _("Spanish")}[self.language]))
        if self.allow_demo_data is not None:
            rows.append((_("Demonstration data"),
                         _("allowed") if self.allow_demo_data else _("not allowed")))
        return rows


def display_url(url: str) -> str:
    """`url` as it may be shown: the password, if any, masked."""
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # not a URL at all: shown as IT wrote it (it holds no parsable password)
        return url


def parse(values: Mapping[str, object], source: str) -> Policy:
    """The policy from raw name -> value pairs (INI strings or registry strings and DWORDs)."""
    lowered = {str(k).lower(): v for k, v in values.items()}
    problems: list[str] = []
    known = {n.lower() for n in NAMES}
    for name in values:
        if str(name).lower() not in known:
            problems.append(_("{source}: unknown setting {name} (ignored)").format(
                source=source, name=name))

    database_url = _text(lowered.get(DATABASE_URL.lower()))
    if database_url is not None:
        problem = _database_problem(database_url)
        if problem:
            problems.append(f"{source}: {DATABASE_URL}: {problem}")

    language = _text(lowered.get(LANGUAGE.lower()))
    if language is not None:
        language = language.lower().replace("_", "-").split("-")[0]
        if language not in LANGUAGES:
            problems.append(_("{source}: {name}: {value!r} is not one of {choices} (ignored)")
                            .format(source=source, name=LANGUAGE, value=language,
                                    choices=", ".join(LANGUAGES)))
            language = None

    allow_demo: bool | None = None
    raw = lowered.get(ALLOW_DEMO_DATA.lower())
    if raw is not None and _text(raw) is not None:
        text = str(raw).strip().lower()
        if text in _TRUE:
            allow_demo = True
        elif text in _FALSE:
            allow_demo = False
        else:  # IT meant to restrict something: fail closed
            allow_demo = False
            problems.append(_("{source}: {name}: {value!r} is neither 1 nor 0; demonstration "
                              "data is not allowed until it is").format(
                                  source=source, name=ALLOW_DEMO_DATA, value=raw))
    return Policy(source=source, database_url=database_url, language=language,
                  allow_demo_data=allow_demo, problems=tuple(problems))


def _text(value: object) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _database_problem(url: str) -> str | None:
    from sqlalchemy.engine import make_url

    try:
        parsed = make_url(url)
    except Exception:
        return _("{url!r} is not a database URL").format(url=url)
    if parsed.password:
        return _("the URL holds a password, which every user of the machine can read; set the "
                 "connection without it (the password comes from the user's own login or "
                 "password file)")
    return None


def read_file(path: Path) -> Policy:
    """The policy of an INI file (no file: no policy)."""
    source = str(path)
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment, method-assign]
    try:
        with path.open(encoding="utf-8") as handle:
            parser.read_file(handle)
    except FileNotFoundError:
        return Policy()
    except (OSError, UnicodeDecodeError, configparser.Error) as exc:
        return Policy(source=source, problems=(
            _("{source} cannot be read: {error}").format(source=source, error=exc),))
    if not parser.has_section(POLICY_SECTION):
        return Policy(source=source, problems=(
            _("{source} has no [{section}] section (ignored)").format(
                source=source, section=POLICY_SECTION),))
    return parse(dict(parser.items(POLICY_SECTION)), source)


def read_registry() -> Policy:
    """The policy of HKLM\\<REGISTRY_KEY> (Windows; no key: no policy)."""
    import winreg

    source = "HKLM\\" + REGISTRY_KEY
    values: dict[str, object] = {}
    try:
        key = winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, REGISTRY_KEY, 0,
                             winreg.KEY_READ | winreg.KEY_WOW64_64KEY)
    except FileNotFoundError:
        return Policy()
    except OSError as exc:
        return Policy(source=source, problems=(
            _("{source} cannot be read: {error}").format(source=source, error=exc),))
    with key:
        index = 0
        while True:
            try:
                name, value, _kind = winreg.EnumValue(key, index)
            except OSError:  # no more values
                break
            values[name] = value
            index += 1
    return parse(values, source)


@cache
def current() -> Policy:
    """The policy in force, read once per process."""
    policy = read_registry() if USE_REGISTRY else read_file(POLICY_FILE)
    for problem in policy.problems:
        log.warning("Policy: %s", problem)
    return policy


def reload() -> Policy:
    """Read the policy again (tests, after pointing POLICY_FILE elsewhere)."""
    current.cache_clear()
    return current()


# --- what the rest of the app asks -------------------------------------------------------------


def database_url() -> str | None:
    """The database the policy fixes, or None. PolicyError if the policy's URL is unusable."""
    policy = current()
    if policy.database_url is None:
        return None
    problem = _database_problem(policy.database_url)
    if problem:
        raise PolicyError(_("The database set by your administrator's policy ({source}) cannot "
                            "be used: {problem}").format(source=policy.source, problem=problem))
    return policy.database_url


def language() -> str | None:
    """The interface language the policy fixes ('en' or 'es'), or None: the user's choice."""
    return current().language


def demo_allowed() -> bool:
    """Whether the demonstration data may be loaded on this machine."""
    return current().demo_allowed


def require_demo_allowed() -> None:
    """Raise PolicyError when the policy forbids loading the demonstration data."""
    if not demo_allowed():
        raise PolicyError(_("Loading the demonstration data is turned off on this computer by "
                            "your administrator's policy ({source}).").format(
                                source=current().source))
