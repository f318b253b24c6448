import pytest


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_home_page_answers_in_each_language(client, db, language):
    response = client.get(f"/{language}/")
    assert response.status_code == 200
    assert f'<html lang="{language}">' in response.content.decode()
