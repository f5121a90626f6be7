"""Only the translations' hook; everything else about the build is in pyproject.toml.

Every build (`pip install .`, the wheel, the editable install of the bootstrap) compiles the
catalogues of resources/translations first (.ts -> .qm for the window, .po -> .mo for the core),
so what ships holds them: packaging/translations.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent


class BuildPyWithTranslations(build_py):
    def run(self) -> None:
        sys.path.insert(0, str(HERE / "packaging"))
        try:
            import translations
        finally:
            sys.path.pop(0)
        translations.compile_all()
        super().run()


setup(cmdclass={"build_py": BuildPyWithTranslations})
