# GPT Lab for Cloud Run (or any container host). No secrets are baked in: configure with
# environment variables (see README) and a service account.
FROM python:3.12-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PORT=8080 \
    STREAMLIT_BROWSER_GATHER_USAGE_STATS=false \
    STREAMLIT_SERVER_HEADLESS=true \
    STREAMLIT_SERVER_ADDRESS=0.0.0.0

RUN useradd --create-home --uid 10001 gptlab
WORKDIR /app

# Dependencies in their own layer: code changes do not reinstall them.
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt

COPY --chown=10001:10001 app/ app/
COPY --chown=10001:10001 .streamlit/config.toml .streamlit/config.toml

USER 10001:10001
EXPOSE 8080

HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:' + os.environ.get('PORT', '8080') + '/_stcore/health', timeout=4)"]

# Cloud Run sets PORT; the shell expands it.
CMD ["sh", "-c", "exec streamlit run app/home.py --server.port=\"${PORT}\""]
