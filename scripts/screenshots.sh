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
mkdir -p "$D/first-visit"
cp "$S/test_a_share_link_as_the_first_request_shows_the_app_and_the_assistants_card-sqlite/01-shared-link-signed-out.png" \
  "$D/first-visit/01-shared-link-signed-out.png"
phone="$S/test_conclude_sits_beside_the_input_from_the_start_and_opens_after_three_messages-sqlite"
cp "$phone/01-phone-home.png" "$D/first-visit/02-phone-home.png"
cp "$phone/03-phone-conclude-enabled.png" "$D/first-visit/03-phone-conclude.png"
draft="$S/test_a_draft_survives_another_page_back_a_reload_and_a_stray_start_over-sqlite"
cp "$draft/01-over-the-limit.png" "$D/first-visit/04-over-the-limit.png"
cp "$draft/02-start-over-asks.png" "$D/first-visit/05-start-over.png"
echo "Screenshots refreshed in $D"
