#!/usr/bin/env bash
# Refreshes docs/screenshots from the real-browser journeys (SQLite backend).
set -euo pipefail
cd "$(dirname "$0")/.."
python -m pytest -q tests/e2e -k sqlite
S=tests/e2e/screenshots
D=docs/screenshots
mkdir -p "$D"
visitor="$S/test_visitor_chats_concludes_rates_and_downloads-sqlite"
creator="$S/test_creator_builds_and_shares_and_a_visitor_chats-sqlite"
cp "$visitor/01-home.png" "$D/home.png"
cp "$visitor/02-lounge.png" "$D/lounge.png"
cp "$visitor/03-chat.png" "$D/assistant-chat.png"
cp "$visitor/04-recap.png" "$D/assistant-recap.png"
cp "$S/test_user_resumes_a_past_session_in_a_new_browser_session-sqlite/01-past-sessions.png" \
  "$D/assistant-details.png"
for step in 1 2 3 4; do cp "$creator/0$step-lab-step$step.png" "$D/lab-step$step.png"; done
cp "$creator/05-shared-link.png" "$D/shared-link.png"
cp "$S/test_faq_and_terms_explain_keys_privacy_and_prompts-sqlite/01-faq.png" "$D/faq.png"
cp "$S/test_faq_and_terms_explain_keys_privacy_and_prompts-sqlite/02-terms.png" "$D/terms.png"
cp "$S/test_provider_failures_mid_chat_keep_the_message-sqlite/02-midstream-error.png" \
  "$D/provider-error.png"
chats="$S/test_visitor_finds_renames_deletes_and_exports_chats-sqlite"
mkdir -p "$D/my-chats"
for shot in 01-my-chats 02-search 03-rename 04-delete; do
  cp "$chats/$shot.png" "$D/my-chats/$shot.png"
done
cp "$S/test_a_second_tab_on_the_same_chat_is_told_to_reload_and_keeps_its_message-sqlite/01-reload.png" \
  "$D/my-chats/05-reload.png"
echo "Screenshots refreshed in $D"
