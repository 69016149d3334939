//! Shortcuts for dashboard tests and benches that are not about login or archiving: a session
//! for a user without the OAuth2 round trip, and a stored transcript without a Discord history.

use super::TestWorld;
use crate::archive::Transcript;
use crate::store::sessions::{self, Session};

impl TestWorld {
    /// A logged-in session for `user`: the `Cookie` header value.
    ///
    /// # Panics
    /// When the session cannot be stored (a broken test world).
    pub async fn session_cookie(&self, user: u64, username: &str) -> String {
        let id = hex::encode(crate::web::auth::random_bytes::<32>());
        sessions::create(
            &self.core.db,
            crate::web::auth::hash_id(&id),
            Session {
                user: crate::ids::UserId::new(user),
                username: username.to_owned(),
                csrf: hex::encode(crate::web::auth::random_bytes::<16>()),
                guild_hint: Vec::new(),
            },
            self.core.clock.now(),
        )
        .await
        .expect("a session");
        format!(
            "{}={id}",
            crate::web::cookies::Cookie::Session.name(&self.core)
        )
    }

    /// Stores `doc` as the transcript of a closed ticket (the ticket row is created).
    ///
    /// # Panics
    /// When the row or the transcript cannot be stored (a broken test world).
    pub async fn store_transcript(&self, doc: &Transcript) {
        let (guild, number, opener) = (doc.guild.id, doc.ticket.number, doc.ticket.opener);
        let (start, end) = (doc.ticket.opened_at, doc.ticket.closed_at);
        self.core
            .db
            .write(move |tx| {
                tx.execute(
                    "INSERT INTO tickets (guild_id, number, state, opener_id, opened_at, closed_at,
                                          has_transcript)
                     VALUES (?1, ?2, 'closed', ?3, ?4, ?5, 1)",
                    rusqlite::params![
                        guild.to_sql(),
                        number.get(),
                        opener.to_sql(),
                        start.millis(),
                        end.millis()
                    ],
                )?;
                Ok(())
            })
            .await
            .expect("a ticket row");
        self.core
            .archive
            .save_transcript(doc)
            .await
            .expect("the transcript is stored");
    }
}

impl TestWorld {
    /// Logs `user` in through the fake Discord's OAuth2 (login, authorize, callback), as a
    /// browser would: the session carries the guild hint Discord's login answer gives. Returns
    /// the `Cookie` header value. Needs `with_discord`, `with_http` and a configured
    /// `discord.client_id` / `client_secret`.
    ///
    /// # Panics
    /// When a step does not answer as a working login does.
    pub async fn login_through_discord(&self, user: u64) -> String {
        self.discord().set_oauth_user(user);
        let http = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .expect("an HTTP client");
        let base = format!("http://{}", self.http_addr());
        let location = |r: &reqwest::Response| {
            r.headers()
                .get("location")
                .and_then(|v| v.to_str().ok())
                .expect("a redirect")
                .to_owned()
        };
        let first_cookie = |r: &reqwest::Response, name: &str| {
            r.headers()
                .get_all("set-cookie")
                .iter()
                .filter_map(|v| v.to_str().ok())
                .find(|c| c.contains(name))
                .and_then(|c| c.split(';').next())
                .expect("the cookie")
                .to_owned()
        };
        let start = http
            .get(format!("{base}/auth/login?next=/servers"))
            .send()
            .await
            .expect("login");
        let login_cookie = first_cookie(&start, "tb_login=");
        let approved = http.get(location(&start)).send().await.expect("authorize");
        let back = url::Url::parse(&location(&approved)).expect("a callback URL");
        let done = http
            .get(format!(
                "{base}{}?{}",
                back.path(),
                back.query().unwrap_or_default()
            ))
            .header("cookie", login_cookie)
            .send()
            .await
            .expect("callback");
        assert_eq!(done.status(), 303, "the login finished");
        first_cookie(&done, "tb_session=")
    }
}
