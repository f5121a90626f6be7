"""The installer's sources: the WiX file list generator, the MSI source, the Group Policy
templates and the version. The frozen folder itself is checked by packaging/smoke.py, which the
test command runs after pytest (the build takes a minute)."""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import consularapp
from consularapp import policy

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
sys.path.insert(0, str(PACKAGING))

import build  # noqa: E402 - packaging/build.py
import wix_files  # noqa: E402 - packaging/wix_files.py

WIX = "{http://wixtoolset.org/schemas/v4/wxs}"
GP = "{http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions}"


@pytest.fixture
def frozen(tmp_path: Path) -> Path:
    """A folder shaped like PyInstaller's: executables on top, the rest nested under _internal."""
    folder = tmp_path / "ConsularApp"
    files = ["ConsularApp.exe", "consularapp-cli.exe", "_internal/python311.dll",
             "_internal/PySide6/Qt/plugins/platforms/qwindows.dll",
             "_internal/PySide6/Qt/plugins/platforms/qoffscreen.dll",
             "_internal/consularapp_resources/reference/mexican_consulates.csv",
             "_internal/consularapp/migrations/versions/0001_initial_schema.py",
             "_internal/tzdata/zoneinfo/America/Puerto_Rico",
             "_internal/with space/señal & <odd>.txt"]
    for name in files:
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(name.encode())
    return folder


def test_the_list_installs_every_file_where_it_was(frozen: Path) -> None:
    text = wix_files.fragment(frozen)
    listed, problems = wix_files.listed_files(text)
    assert problems == []
    assert listed == wix_files.frozen_files(frozen)
    assert len(listed) == 9
    assert wix_files.check(frozen, text) == []


def test_the_list_is_stable_and_names_the_executables(frozen: Path) -> None:
    text = wix_files.fragment(frozen)
    assert wix_files.fragment(frozen) == text  # the same folder gives the same ids
    root = ET.fromstring(text)
    files = {f.get("Source"): f.get("Id") for f in root.iter(f"{WIX}File")}
    assert files["$(var.FrozenDir)\\ConsularApp.exe"] == "ConsularAppExe"
    assert files["$(var.FrozenDir)\\consularapp-cli.exe"] == "ConsularAppCliExe"
    assert files["$(var.FrozenDir)\\_internal\\with space\\señal & <odd>.txt"].startswith("fil")
    # Each component holds one file and no Guid: WiX derives it from the path.
    for component in root.iter(f"{WIX}Component"):
        assert len(component.findall(f"{WIX}File")) == 1 and component.get("Guid") is None


def test_the_check_finds_a_file_added_or_removed_after_the_list(frozen: Path) -> None:
    text = wix_files.fragment(frozen)
    (frozen / "_internal" / "late.dll").write_bytes(b"x")
    (frozen / "_internal" / "python311.dll").unlink()
    assert wix_files.check(frozen, text) == [
        f"1 file(s) of {frozen} not in the list: _internal/late.dll",
        f"1 listed file(s) not in {frozen}: _internal/python311.dll",
    ]


def test_the_check_finds_a_broken_list(frozen: Path) -> None:
    text = wix_files.fragment(frozen).replace('Name="platforms"', 'Name="plataformas"', 1)
    problems = wix_files.check(frozen, text)
    assert any("is listed in the directory _internal/PySide6/Qt/plugins/plataformas" in p
               for p in problems)


def test_the_command_writes_and_checks(frozen: Path, tmp_path: Path, capsys) -> None:
    assert wix_files.main([str(frozen)]) == 0
    out = tmp_path / "AppFiles.wxs"
    out.write_text(capsys.readouterr().out, encoding="utf-8")
    assert wix_files.main([str(frozen), "--check", str(out)]) == 0
    (frozen / "extra.txt").write_text("x")
    assert wix_files.main([str(frozen), "--check", str(out)]) == 1
    assert "extra.txt" in capsys.readouterr().err


def test_the_msi_source_fits_the_generated_list(frozen: Path) -> None:
    source = (PACKAGING / "windows" / "ConsularApp.wxs").read_text(encoding="utf-8")
    product = ET.fromstring(source)
    package = product.find(f"{WIX}Package")
    assert package is not None
    assert package.get("Version") == "$(var.Version)"  # build.py passes pyproject's
    assert package.get("Scope") == "perMachineOrUser"  # per machine; MSIINSTALLPERUSER=1
    assert product.find(f".//{WIX}StandardDirectory[@Id='ProgramFiles64Folder']/"
                        f"{WIX}Directory[@Id='{wix_files.ROOT_DIRECTORY}']") is not None
    assert product.find(f".//{WIX}MajorUpgrade") is not None
    shortcut = product.find(f".//{WIX}StandardDirectory[@Id='ProgramMenuFolder']//"
                            f"{WIX}Shortcut")
    assert shortcut is not None and shortcut.get("Target") == "[#ConsularAppExe]"
    groups = {ref.get("Id") for ref in product.iter(f"{WIX}ComponentGroupRef")}
    assert wix_files.GROUP in groups
    # Every [#file] the product names is a file the generated list defines.
    generated = {f.get("Id") for f in ET.fromstring(wix_files.fragment(frozen))
                 .iter(f"{WIX}File")}
    import re

    assert set(re.findall(r"\[#(\w+)\]", source)) <= generated


def test_the_msi_takes_over_no_file_type() -> None:
    product = ET.fromstring((PACKAGING / "windows" / "ConsularApp.wxs").read_text("utf-8"))
    keys = [(v.get("Key") or "", v.get("Name") or "") for v in product.iter(f"{WIX}RegistryValue")]
    keys += [(k.get("Key") or "", "") for k in product.iter(f"{WIX}RegistryKey")]
    assert product.find(f".//{WIX}ProgId") is None and product.find(f".//{WIX}Extension") is None
    touched = [key for key, _name in keys if key.startswith("Software\\Classes\\.")]
    assert touched == ["Software\\Classes\\.sqlite3\\OpenWithProgids"]  # offered, not default
    assert not any(".xlsx" in key + name for key, name in keys)
    # Per-machine or per-user alike: every registry value goes where the install goes.
    assert {v.get("Root") for v in product.iter(f"{WIX}RegistryValue") if v.get("Root")} == {
        "HKMU"}


def test_the_version_comes_from_pyproject() -> None:
    assert build.version() == consularapp.__version__
    assert build.msi_version("0.1.0") == "0.1.0"
    assert build.msi_version("2.3") == "2.3.0"
    assert build.msi_version("1.4.2.dev3") == "1.4.2"
    with pytest.raises(ValueError):
        build.msi_version("300.1.0")


def test_the_group_policy_template_sets_what_the_app_reads() -> None:
    admx = ET.parse(PACKAGING / "windows" / "policy" / "ConsularApp.admx").getroot()
    adml = ET.parse(PACKAGING / "windows" / "policy" / "en-US" / "ConsularApp.adml").getroot()
    policies = list(admx.iter(f"{GP}policy"))
    assert {p.get("key") for p in policies} == {policy.REGISTRY_KEY}
    assert {p.get("class") for p in policies} == {"Machine"}  # HKLM: users cannot override
    value_names = {p.get("valueName") for p in policies if p.get("valueName")}
    value_names |= {e.get("valueName") for p in policies for e in p.iter()
                    if e.get("valueName")}
    assert value_names == set(policy.NAMES)
    languages = {s.text for s in admx.iter(f"{GP}string")}
    assert languages == set(policy.LANGUAGES)
    # Every $(string.X) and $(presentation.X) the template names, the .adml defines.
    import re

    text = (PACKAGING / "windows" / "policy" / "ConsularApp.admx").read_text("utf-8")
    strings = {s.get("id") for s in adml.iter(f"{GP}string")}
    presentations = {p.get("id") for p in adml.iter(f"{GP}presentation")}
    assert set(re.findall(r"\$\(string\.(\w+)\)", text)) <= strings
    assert set(re.findall(r"\$\(presentation\.(\w+)\)", text)) <= presentations
    # And each presentation's controls name elements of the template.
    elements = {e.get("id") for p in policies for e in p.find(f"{GP}elements") or []}
    refs = {c.get("refId") for p in adml.iter(f"{GP}presentation") for c in p}
    assert refs == elements
