# The ivr12315 image: one image, several roles (FastAGI worker, records writer, web app).
FROM python:3.11-slim-bookworm
RUN apt-get update && apt-get install -y --no-install-recommends espeak-ng sox redis-tools \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY pyproject.toml README.md ./
COPY ivr ivr
COPY agi_scripts agi_scripts
COPY queueing queueing
COPY records records
COPY recordings recordings
RUN pip install --no-cache-dir .
# The Vosk model is mounted, never downloaded: see docs/asr.md.
ENV IVR_DATA_DIR=/var/lib/ivr IVR_AGI_HOST=0.0.0.0 IVR_HTTP_HOST=0.0.0.0
VOLUME ["/var/lib/ivr"]
EXPOSE 4573 8315
ENTRYPOINT ["ivr"]
CMD ["serve", "--no-sip", "--no-web", "--no-writer"]
