"""What the package ships beside the code: the installed wheel and `maturin sdist` carry the
repository's LICENSE and THIRD_PARTY_NOTICES.md (PEP 639 `license-files`), byte for byte."""

import subprocess
import sys
import tarfile
from importlib import metadata

from conftest import ROOT

LICENSE_FILES = ["LICENSE", "THIRD_PARTY_NOTICES.md"]


def test_the_installed_wheel_carries_the_licence_and_the_notices():
    dist = metadata.distribution("customer-validate")
    assert sorted(dist.metadata.get_all("License-File")) == LICENSE_FILES
    assert dist.metadata["License-Expression"] == "Apache-2.0"
    for name in LICENSE_FILES:
        found = [
            f for f in dist.files or []
            if f.parts[0].endswith(".dist-info") and f.parts[1:] == ("licenses", name)
        ]
        assert len(found) == 1, f"{name} is not in the wheel's .dist-info/licenses/"
        assert found[0].locate().read_bytes() == (ROOT / name).read_bytes(), name


def test_the_sdist_carries_the_licence_the_notices_and_the_readme(tmp_path):
    subprocess.run(
        [sys.executable, "-m", "maturin", "sdist", "--out", str(tmp_path)],
        cwd=ROOT / "python", check=True, capture_output=True,
    )
    (archive,) = tmp_path.glob("customer_validate-*.tar.gz")
    with tarfile.open(archive) as tar:
        top = tar.getnames()[0].split("/")[0]
        members = {m.name[len(top) + 1:]: m for m in tar.getmembers()}
        info = tar.extractfile(members["PKG-INFO"]).read().decode()
        for name in LICENSE_FILES:
            # At the root (the pyproject.toml's directory in the sdist), as real files.
            assert members[name].isfile(), name
            assert tar.extractfile(members[name]).read() == (ROOT / name).read_bytes(), name
            assert f"License-File: {name}\n" in info
        assert "# customer-validate (Python)" in info, "the Python README is the description"
