# ticketbox: a static musl binary alone in a scratch image.
#   docker build -t ticketbox .
#   docker run -v ticketbox-data:/data -p 8080:8080 -e TICKETBOX_DISCORD__TOKEN=... ticketbox

FROM rust:1-slim-bookworm AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends musl-tools ca-certificates \
 && rm -rf /var/lib/apt/lists/* \
 && rustup target add x86_64-unknown-linux-musl
WORKDIR /src
COPY . .
RUN cargo build --release --locked --target x86_64-unknown-linux-musl \
 && install -D -m 0755 target/x86_64-unknown-linux-musl/release/ticketbox /out/ticketbox \
 && install -d -m 0700 /out/data

FROM scratch
COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/ca-certificates.crt
COPY --from=build /out/ticketbox /ticketbox
COPY --from=build --chown=65532:65532 /out/data /data
ENV TICKETBOX_HTTP__LISTEN=0.0.0.0:8080 \
    TICKETBOX_STORAGE__DATA_DIR=/data \
    SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt
USER 65532:65532
VOLUME ["/data"]
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=15s --retries=3 CMD ["/ticketbox", "healthcheck"]
ENTRYPOINT ["/ticketbox"]
CMD ["run"]
