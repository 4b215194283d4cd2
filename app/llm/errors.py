"""Provider errors as a few typed errors with messages a person understands; retries only for
the transient ones.
"""

from __future__ import annotations

import openai

from i18n import tr, tr_noop
from llm.params import DROPPABLE


class LLMError(Exception):
    """A provider problem, with a message fit to show to the user."""

    transient = False
    user_message = tr_noop("The AI provider could not answer. Please try again.")

    def __init__(self, detail: str = "") -> None:
        super().__init__(detail or tr(self.user_message))


class InvalidApiKey(LLMError):
    user_message = tr_noop("That API key was not accepted. Check that you copied the whole key.")


class QuotaExceeded(LLMError):
    user_message = tr_noop(
        "This API key has run out of quota. Check your plan and billing with your provider "
        "(free-trial keys are also heavily rate-limited)."
    )


class RateLimited(LLMError):
    transient = True
    user_message = tr_noop(
        "The AI provider is receiving too many requests. Wait a moment and retry."
    )


class ContextTooLong(LLMError):
    user_message = tr_noop(
        "This conversation is too long for the model. Start a new session to go on."
    )


class ModelNotAvailable(LLMError):
    user_message = tr_noop("Your API key cannot use this model. Pick another model.")


class ProviderUnavailable(LLMError):
    transient = True
    user_message = tr_noop("The AI provider did not answer in time. Please retry in a moment.")


class BadRequest(LLMError):
    user_message = tr_noop("The AI provider refused this request. Try rephrasing your message.")


class ParameterRefused(LLMError):
    user_message = tr_noop("The AI provider refused a setting GPT Lab sent. Try another model.")


class NoUsableModels(LLMError):
    user_message = tr_noop(
        "This API key cannot use any chat model. Check its permissions with your provider."
    )


def translate_error(exc: Exception) -> LLMError:
    """Map the openai SDK's exceptions to ours; never copy provider text (it can echo the key)."""
    if isinstance(exc, LLMError):
        return exc
    code = str(getattr(exc, "code", "") or "")
    text = str(getattr(exc, "message", "") or "").lower()
    if isinstance(exc, openai.AuthenticationError):
        return InvalidApiKey()
    if isinstance(exc, openai.RateLimitError):
        return QuotaExceeded() if code == "insufficient_quota" or "quota" in text else RateLimited()
    if isinstance(exc, openai.NotFoundError | openai.PermissionDeniedError):
        return ModelNotAvailable()
    if isinstance(exc, openai.BadRequestError | openai.UnprocessableEntityError):
        if code == "context_length_exceeded" or "context length" in text:
            return ContextTooLong()
        if code == "model_not_found":
            return ModelNotAvailable()
        param = str(getattr(exc, "param", "") or "")
        if param in DROPPABLE:
            return ParameterRefused(tr("The AI provider refused the setting “{name}”.", name=param))
        return BadRequest()
    status = getattr(exc, "status_code", None)
    if isinstance(status, int) and 400 <= status < 500 and status not in (408, 409):
        return BadRequest()  # a request error: sending it again would fail the same way
    if isinstance(exc, openai.APITimeoutError | openai.APIConnectionError):
        return ProviderUnavailable()
    if isinstance(exc, openai.InternalServerError):
        return ProviderUnavailable(tr("The AI provider had an internal error. Please retry."))
    if isinstance(exc, openai.APIError):
        if code == "context_length_exceeded":
            return ContextTooLong()
        return ProviderUnavailable(tr("The AI provider stopped while answering. Please retry."))
    return ProviderUnavailable()
