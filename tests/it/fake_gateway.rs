//! The fake Discord's gateway and member routes against a raw client, checked against Discord's
//! documentation (each test names the section): what GUILD_CREATE carries, Request Guild
//! Members, the send limit, the closing handshake, payload compression, and the REST member and
//! channel limits.

use std::io::Read as _;
use std::time::Duration;

use futures_util::{SinkExt as _, StreamExt as _};
use serde_json::{Value, json};
use ticketbox::testkit::fake_discord::{BOT_ID, BOT_TOKEN, FakeDiscord, GuildSpec, SEND_LIMIT};
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::protocol::CloseFrame;

type Socket =
    tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

const GUILDS: u64 = 1 << 0;
const GUILD_MEMBERS: u64 = 1 << 1;
const GUILD_VOICE_STATES: u64 = 1 << 7;
const GUILD_PRESENCES: u64 = 1 << 8;

/// A gateway client that speaks the protocol by hand.
struct Client {
    ws: Socket,
}

/// One frame from the fake, and whether it came zlib-compressed.
struct Frame {
    json: Value,
    compressed: bool,
}

impl Client {
    /// Connects and identifies with these intents (and, optionally, `compress` and
    /// `large_threshold`).
    async fn identify(fake: &FakeDiscord, intents: u64, extra: Value) -> Self {
        let mut client = Self::connect(fake).await;
        let mut d = json!({
            "token": format!("Bot {BOT_TOKEN}"),
            "intents": intents,
            "properties": {"os": "linux", "browser": "test", "device": "test"},
        });
        for (k, v) in extra.as_object().into_iter().flatten() {
            d[k] = v.clone();
        }
        client.send(2, d).await;
        client
    }

    /// Connects and reads HELLO, without identifying.
    async fn connect(fake: &FakeDiscord) -> Self {
        let url = format!("ws://{}/gateway", fake.addr());
        let (ws, _) = tokio_tungstenite::connect_async(url)
            .await
            .expect("connect");
        let mut client = Self { ws };
        let hello = client.next().await.expect("HELLO");
        assert_eq!(hello.json["op"], 10);
        client
    }

    async fn send(&mut self, op: u8, d: Value) {
        self.ws
            .send(Message::Text(json!({"op": op, "d": d}).to_string().into()))
            .await
            .expect("send");
    }

    /// The next frame, or `None` when the fake closed the connection (with its close code).
    async fn next(&mut self) -> Option<Frame> {
        loop {
            let message = tokio::time::timeout(Duration::from_secs(10), self.ws.next())
                .await
                .expect("a frame within 10 s")?
                .ok()?;
            return match message {
                Message::Text(text) => Some(Frame {
                    json: serde_json::from_str(&text).expect("JSON"),
                    compressed: false,
                }),
                Message::Binary(bytes) => {
                    let mut text = String::new();
                    flate2::read::ZlibDecoder::new(&bytes[..])
                        .read_to_string(&mut text)
                        .expect("a zlib stream per payload");
                    Some(Frame {
                        json: serde_json::from_str(&text).expect("JSON"),
                        compressed: true,
                    })
                }
                Message::Close(_) => None,
                _ => continue,
            };
        }
    }

    /// The next dispatch named `t` (skipping others), as a frame.
    async fn dispatch(&mut self, t: &str) -> Frame {
        loop {
            let frame = self
                .next()
                .await
                .unwrap_or_else(|| panic!("closed before {t}"));
            if frame.json["t"] == t {
                return frame;
            }
        }
    }

    /// The close code the fake ends the connection with.
    async fn close_code(&mut self) -> Option<u16> {
        loop {
            let message = tokio::time::timeout(Duration::from_secs(10), self.ws.next())
                .await
                .expect("a frame within 10 s")?;
            match message {
                Ok(Message::Close(frame)) => return frame.map(|f| f.code.into()),
                Ok(_) => {}
                Err(_) => return None,
            }
        }
    }
}

fn ids(members: &Value) -> Vec<u64> {
    let mut ids: Vec<u64> = members
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["user"]["id"].as_str().unwrap().parse().unwrap())
        .collect();
    ids.sort_unstable();
    ids
}

/// "Gateway Events → Guild Create": without GUILD_PRESENCES `members` holds the bot and the
/// members in voice; "Request Guild Members": with it, a guild under `large_threshold` sends
/// everyone, a larger one those with a role or nickname (or online, or in voice).
/// `member_count` is the real count either way.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn guild_create_lists_members_as_the_intents_allow() {
    let fake = FakeDiscord::start().await;
    let small = fake.add_guild(
        &GuildSpec::new("Small")
            .with_members(30)
            .with_members_in_voice(2),
    );
    let large = fake.add_guild(&GuildSpec::new("Large").with_members(60));
    fake.set_member_roles(large.id, large.members[5], &[large.roles[0]]);

    let mut bot = Client::identify(&fake, GUILDS | GUILD_MEMBERS, json!({})).await;
    let ready = bot.dispatch("READY").await.json;
    assert_eq!(ready["d"]["guilds"].as_array().unwrap().len(), 2);
    let created = bot.dispatch("GUILD_CREATE").await.json["d"].clone();
    assert_eq!(created["id"], small.id.to_string());
    assert_eq!(
        created["member_count"], 32,
        "30 members, the owner and the bot"
    );
    assert_eq!(created["large"], false);
    let mut expected = vec![BOT_ID, small.members[0], small.members[1]];
    expected.sort_unstable();
    assert_eq!(ids(&created["members"]), expected);
    assert_eq!(
        created["voice_states"],
        json!([]),
        "no voice states without GUILD_VOICE_STATES"
    );
    let created = bot.dispatch("GUILD_CREATE").await.json["d"].clone();
    assert_eq!(ids(&created["members"]), vec![BOT_ID]);
    assert_eq!(created["member_count"], 62);
    drop(bot);

    let intents = GUILDS | GUILD_MEMBERS | GUILD_PRESENCES | GUILD_VOICE_STATES;
    let mut bot = Client::identify(&fake, intents, json!({"large_threshold": 50})).await;
    let created = bot.dispatch("GUILD_CREATE").await.json["d"].clone();
    assert_eq!(
        created["members"].as_array().unwrap().len(),
        32,
        "under 50: everyone"
    );
    assert_eq!(created["voice_states"].as_array().unwrap().len(), 2);
    assert_eq!(
        created["voice_states"][0]["user_id"],
        small.members[0].to_string()
    );
    let created = bot.dispatch("GUILD_CREATE").await.json["d"].clone();
    assert_eq!(created["large"], true);
    let mut expected = vec![BOT_ID, large.members[5]];
    expected.sort_unstable();
    assert_eq!(
        ids(&created["members"]),
        expected,
        "over the threshold: the bot and the member with a role"
    );
}

/// "Gateway Events → Request Guild Members" and "Guild Members Chunk"; the change log's "Rate
/// Limit When Requesting All Guild Members" (1 per guild per 30 s, RATE_LIMITED).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn member_requests_are_answered_in_chunks_and_rate_limited() {
    let fake = FakeDiscord::start().await;
    let g = fake.add_guild(&GuildSpec::new("Big").with_members(2_300));
    let mut bot = Client::identify(&fake, GUILDS | GUILD_MEMBERS, json!({})).await;
    bot.dispatch("GUILD_CREATE").await;
    let guild = g.id.to_string();

    bot.send(
        8,
        json!({"guild_id": guild, "query": "", "limit": 0, "nonce": "all-1"}),
    )
    .await;
    let mut seen = Vec::new();
    for index in 0..3 {
        let chunk = bot.dispatch("GUILD_MEMBERS_CHUNK").await.json["d"].clone();
        assert_eq!(chunk["chunk_index"], index);
        assert_eq!(chunk["chunk_count"], 3, "2,302 members in chunks of 1,000");
        assert_eq!(chunk["nonce"], "all-1");
        seen.extend(ids(&chunk["members"]));
    }
    seen.sort_unstable();
    seen.dedup();
    assert_eq!(seen.len(), 2_302);

    // The same guild again within 30 s: RATE_LIMITED instead of chunks.
    bot.send(
        8,
        json!({"guild_id": guild, "query": "", "limit": 0, "nonce": "all-2"}),
    )
    .await;
    let limited = bot.dispatch("RATE_LIMITED").await.json["d"].clone();
    assert_eq!(limited["opcode"], 8);
    let wait = limited["retry_after"].as_f64().unwrap();
    assert!(wait > 0.0 && wait <= 30.0, "{limited}");
    assert_eq!(
        limited["meta"],
        json!({"guild_id": guild, "nonce": "all-2"})
    );

    // By ids: the members found, and the rest in not_found; a nonce over 32 bytes is dropped.
    let stranger = 123_456_789_u64;
    bot.send(
        8,
        json!({"guild_id": guild, "user_ids": [g.members[3].to_string(), g.owner.to_string(), stranger.to_string()], "nonce": "x".repeat(33)}),
    )
    .await;
    let chunk = bot.dispatch("GUILD_MEMBERS_CHUNK").await.json["d"].clone();
    let mut expected = vec![g.members[3], g.owner];
    expected.sort_unstable();
    assert_eq!(ids(&chunk["members"]), expected);
    assert_eq!(chunk["not_found"], json!([stranger.to_string()]));
    assert!(chunk.get("nonce").is_none(), "{chunk}");
    assert_eq!(
        (chunk["chunk_index"].clone(), chunk["chunk_count"].clone()),
        (json!(0), json!(1))
    );

    // By username prefix: `limit`, and never more than 100.
    bot.send(
        8,
        json!({"guild_id": guild, "query": "MEMBER1", "limit": 5}),
    )
    .await;
    let chunk = bot.dispatch("GUILD_MEMBERS_CHUNK").await.json["d"].clone();
    let names: Vec<&str> = chunk["members"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["user"]["username"].as_str().unwrap())
        .collect();
    assert_eq!(names.len(), 5);
    assert!(names.iter().all(|n| n.starts_with("member1")), "{names:?}");
    bot.send(
        8,
        json!({"guild_id": guild, "query": "member", "limit": 1000}),
    )
    .await;
    let chunk = bot.dispatch("GUILD_MEMBERS_CHUNK").await.json["d"].clone();
    assert_eq!(chunk["members"].as_array().unwrap().len(), 100);

    let requests = fake.gateway().member_requests();
    let bulk: Vec<bool> = requests.iter().map(|r| r.all_members).collect();
    assert_eq!(bulk, [true, true, false, false, false]);
    assert_eq!(
        requests.iter().map(|r| r.rate_limited).collect::<Vec<_>>(),
        [false, true, false, false, false]
    );
}

/// The whole member list needs the GUILD_MEMBERS intent: without it, nothing is sent.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn all_members_need_the_members_intent() {
    let fake = FakeDiscord::start().await;
    let g = fake.add_guild(&GuildSpec::new("No intent").with_members(3));
    let mut bot = Client::identify(&fake, GUILDS, json!({})).await;
    bot.dispatch("GUILD_CREATE").await;
    let guild = g.id.to_string();
    bot.send(
        8,
        json!({"guild_id": guild, "query": "", "limit": 0, "nonce": "refused"}),
    )
    .await;
    bot.send(
        8,
        json!({"guild_id": guild, "user_ids": g.members[0].to_string(), "nonce": "ok"}),
    )
    .await;
    let chunk = bot.dispatch("GUILD_MEMBERS_CHUNK").await.json["d"].clone();
    assert_eq!(chunk["nonce"], "ok", "the refused request got no chunk");
}

/// "Gateway → Rate Limiting": 120 events per connection per 60 s; "Gateway Close Event Codes":
/// 4008 Rate limited.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sending_more_than_120_events_a_minute_closes_with_4008() {
    let fake = FakeDiscord::start().await;
    let mut bot = Client::identify(&fake, GUILDS, json!({})).await;
    bot.dispatch("READY").await;
    // IDENTIFY was the first of the 120.
    for _ in 1..SEND_LIMIT {
        bot.send(1, json!(null)).await;
    }
    for _ in 1..SEND_LIMIT {
        let ack = bot.next().await.expect("an ACK");
        assert_eq!(ack.json["op"], 11);
    }
    assert_eq!(fake.gateway().send_limit_closes(), 0);
    bot.send(1, json!(null)).await;
    assert_eq!(bot.close_code().await, Some(4008));
    assert_eq!(fake.gateway().send_limit_closes(), 1);
}

/// RFC 6455 §5.5.1: an endpoint answers a Close frame with one. "Gateway → Initiating a
/// Disconnect": closing with 1000 or 1001 invalidates the session (a RESUME then gets op 9 with
/// `d: false`); another code (serenity closes with 4000 to reconnect) keeps it resumable.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_close_frame_is_answered_and_1000_or_1001_ends_the_session() {
    let fake = FakeDiscord::start().await;
    for (code, resumable) in [(1000_u16, false), (1001, false), (4000, true)] {
        let mut bot = Client::identify(&fake, GUILDS, json!({})).await;
        let ready = bot.dispatch("READY").await.json;
        let session = ready["d"]["session_id"]
            .as_str()
            .expect("session_id")
            .to_owned();
        bot.ws
            .close(Some(CloseFrame {
                code: code.into(),
                reason: "".into(),
            }))
            .await
            .expect("send Close");
        assert_eq!(
            bot.close_code().await,
            Some(code),
            "the fake answers a Close frame with its own ({code})"
        );

        let mut again = Client::connect(&fake).await;
        let token = format!("Bot {BOT_TOKEN}");
        again
            .send(
                6,
                json!({"token": token, "session_id": session, "seq": ready["s"]}),
            )
            .await;
        if resumable {
            again.dispatch("RESUMED").await;
        } else {
            let refused = again.next().await.expect("an answer to RESUME");
            assert_eq!(refused.json["op"], 9, "after {code}: {}", refused.json);
            assert_eq!(refused.json["d"], false, "after {code}");
        }
    }
    assert_eq!(fake.gateway().resume_count(), 1);
}

/// "Gateway → Payload Compression": with `compress: true` some payloads arrive as their own
/// zlib stream in a binary message; without it, none.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn large_payloads_are_zlib_compressed_when_identify_asks() {
    let fake = FakeDiscord::start().await;
    let g = fake.add_guild(&GuildSpec::new("Zipped").with_text_channels(20));
    let mut bot = Client::identify(&fake, GUILDS, json!({"compress": true})).await;
    let created = bot.dispatch("GUILD_CREATE").await;
    assert!(created.compressed, "a large GUILD_CREATE comes compressed");
    assert_eq!(created.json["d"]["id"], g.id.to_string());
    fake.dispatch(
        "TYPING_START",
        json!({"channel_id": "1", "user_id": "2", "timestamp": 0}),
    );
    let small = bot.dispatch("TYPING_START").await;
    assert!(!small.compressed, "a small payload is plain text");
    drop(bot);

    let mut bot = Client::identify(&fake, GUILDS, json!({"compress": false})).await;
    assert!(!bot.dispatch("GUILD_CREATE").await.compressed);
}

/// An HTTP client with the bot's token on the fake's REST API.
fn rest(fake: &FakeDiscord) -> (reqwest::Client, String) {
    (
        reqwest::Client::new(),
        format!("{}/api/v10", fake.api_base()),
    )
}

async fn get(fake: &FakeDiscord, path: &str) -> (u16, Value) {
    let (http, base) = rest(fake);
    let response = http
        .get(format!("{base}{path}"))
        .header("authorization", format!("Bot {BOT_TOKEN}"))
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    (status, body(response).await)
}

async fn body(response: reqwest::Response) -> Value {
    serde_json::from_slice(&response.bytes().await.unwrap()).unwrap_or(Value::Null)
}

fn with_json(request: reqwest::RequestBuilder, value: &Value) -> reqwest::RequestBuilder {
    request
        .header("content-type", "application/json")
        .body(value.to_string())
}

/// "Guild Resource → Get Guild Member", "List Guild Members" (1–1000, the GUILD_MEMBERS
/// privileged intent), "Search Guild Members"; Discord's JSON error codes 10004, 10007, 50001.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rest_member_routes_answer_as_documented() {
    let fake = FakeDiscord::start().await;
    let g = fake.add_guild(&GuildSpec::new("Rest").with_members(12));
    let (status, member) = get(&fake, &format!("/guilds/{}/members/{}", g.id, g.members[2])).await;
    assert_eq!(status, 200);
    assert_eq!(member["user"]["username"], "member2");
    fake.member_leave(g.id, g.members[2]);
    let (status, error) = get(&fake, &format!("/guilds/{}/members/{}", g.id, g.members[2])).await;
    assert_eq!(
        (status, error["code"].clone()),
        (404, json!(10007)),
        "{error}"
    );
    let (status, error) = get(&fake, &format!("/guilds/1/members/{}", g.owner)).await;
    assert_eq!((status, error["code"].clone()), (404, json!(10004)));

    let (status, page) = get(&fake, &format!("/guilds/{}/members?limit=5", g.id)).await;
    assert_eq!(status, 200);
    assert_eq!(page.as_array().unwrap().len(), 5);
    let last = page[4]["user"]["id"].as_str().unwrap().to_owned();
    let (_, rest_of_them) = get(
        &fake,
        &format!("/guilds/{}/members?limit=1000&after={last}", g.id),
    )
    .await;
    assert_eq!(
        5 + rest_of_them.as_array().unwrap().len(),
        13,
        "11 members left, the owner and the bot, paged by id"
    );
    let (_, page) = get(&fake, &format!("/guilds/{}/members", g.id)).await;
    assert_eq!(page.as_array().unwrap().len(), 1, "limit defaults to 1");
    for bad in ["0", "1001", "x"] {
        let (status, error) = get(&fake, &format!("/guilds/{}/members?limit={bad}", g.id)).await;
        assert_eq!(
            (status, error["code"].clone()),
            (400, json!(50035)),
            "limit={bad}"
        );
    }
    let (status, found) = get(
        &fake,
        &format!("/guilds/{}/members/search?query=MEMBER1&limit=10", g.id),
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(
        found.as_array().unwrap().len(),
        3,
        "member1, member10, member11"
    );
    fake.gateway().disallow_intents(GUILD_MEMBERS);
    let (status, error) = get(&fake, &format!("/guilds/{}/members?limit=5", g.id)).await;
    assert_eq!((status, error["code"].clone()), (403, json!(50001)));
}

/// Channels: a category holds 50 channels and must exist ("Invalid Form Body" with the field's
/// error code), and a channel's name changes twice per ten minutes (429 with `retry_after`).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn channel_parents_and_renames_are_limited() {
    let fake = FakeDiscord::start().await;
    let g = fake.add_guild(&GuildSpec::new("Limits"));
    let (http, base) = rest(&fake);
    let auth = format!("Bot {BOT_TOKEN}");
    let create = |parent: u64| {
        with_json(
            http.post(format!("{base}/guilds/{}/channels", g.id))
                .header("authorization", &auth),
            &json!({"name": "x", "type": 0, "parent_id": parent.to_string()}),
        )
        .send()
    };
    let response = create(g.channels[0]).await.unwrap();
    assert_eq!(response.status(), 400, "a text channel is no parent");
    let refused = body(response).await;
    assert_eq!(
        refused["errors"]["parent_id"]["_errors"][0]["code"],
        "CHANNEL_PARENT_INVALID"
    );
    for _ in 0..48 {
        assert_eq!(create(g.category).await.unwrap().status(), 200);
    }
    let full = body(create(g.category).await.unwrap()).await;
    assert_eq!(
        full["errors"]["parent_id"]["_errors"][0]["code"], "CHANNEL_PARENT_MAX_CHANNELS",
        "{full}"
    );

    let rename = |name: &str| {
        with_json(
            http.patch(format!("{base}/channels/{}", g.channels[1]))
                .header("authorization", &auth),
            &json!({ "name": name }),
        )
        .send()
    };
    assert_eq!(rename("one").await.unwrap().status(), 200);
    assert_eq!(rename("two").await.unwrap().status(), 200);
    let limited = rename("three").await.unwrap();
    assert_eq!(limited.status(), 429);
    let limited = body(limited).await;
    let wait = limited["retry_after"].as_f64().unwrap();
    assert!(wait > 590.0 && wait <= 600.0, "{limited}");
    assert_eq!(fake.channel(g.channels[1]).unwrap()["name"], "two");
}
