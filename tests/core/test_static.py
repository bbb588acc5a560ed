from django.core.management import call_command
from django.test import RequestFactory


def test_collectstatic_hashes_and_compresses_and_caches_forever(tmp_path, settings):
    settings.STATIC_ROOT = tmp_path
    # The project's own static folder only: hashing, compressing and the headers are the same for
    # every file, and Wagtail's admin files (most of a full collect's 25 s) are collected in full by
    # test_release_twice_changes_nothing (tests/core/test_tasks_and_release.py).
    settings.STATICFILES_FINDERS = ["django.contrib.staticfiles.finders.FileSystemFinder"]
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    }
    call_command("collectstatic", interactive=False, verbosity=0)
    hashed = list((tmp_path / "css").glob("site.*.css"))
    assert hashed, "site.css got no hashed copy"
    assert (hashed[0].with_name(hashed[0].name + ".gz")).exists()

    from whitenoise.middleware import WhiteNoiseMiddleware

    middleware = WhiteNoiseMiddleware(lambda request: None)
    response = middleware(RequestFactory().get(f"/static/css/{hashed[0].name}"))
    assert response.status_code == 200
    assert "immutable" in response.headers["Cache-Control"]
    assert "max-age=315360000" in response.headers["Cache-Control"]
