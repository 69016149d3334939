//! `ticketbox backup now | list | verify | restore` as an operator runs them: handed to the
//! running ticketbox, then on their own once it stopped; a changed backup is refused.

use super::*;

#[test]
fn backups_are_taken_listed_verified_and_restored_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let target = dir.path().join("backups");
    let target_env = target.display().to_string();
    let env = [("TICKETBOX_BACKUP__LOCAL_DIR", target_env.as_str())];
    let backup = |args: &[&str]| {
        run(ticketbox(dir.path())
            .env("TICKETBOX_STORAGE__DATA_DIR", &data)
            .env("TICKETBOX_BACKUP__LOCAL_DIR", &target)
            .arg("backup")
            .args(args))
    };
    let out = backup(&["list"]);
    assert_eq!(
        out.status.code(),
        Some(2),
        "no master key yet: {}",
        stderr(&out)
    );
    assert!(stderr(&out).contains("no master key"), "{}", stderr(&out));

    // While ticketbox runs, `backup now` is handed to it (its schedule also takes the first
    // backup at start).
    let (mut child, logs) = spawn(dir.path(), &data, &env);
    read_until(&logs, "HTTP server listening");
    let now = backup(&["now", "--wait", "60"]);
    assert!(now.status.success(), "{}", stderr(&now));
    assert!(stderr(&now).contains("handed to it"), "{}", stderr(&now));
    sigterm(&child);
    assert!(wait_with_deadline(&mut child, Duration::from_secs(10)).success());

    // Stopped: the command takes it itself.
    std::thread::sleep(Duration::from_millis(1_100));
    let now = backup(&["now"]);
    assert!(now.status.success(), "{}", stderr(&now));
    let said = String::from_utf8_lossy(&now.stdout).into_owned();
    // Not a terminal: plain progress lines instead of a bar.
    assert!(
        stderr(&now).contains("database snapshot: 0/1"),
        "{}",
        stderr(&now)
    );
    assert!(
        said.starts_with("backup ") && said.contains(" taken: database "),
        "{said}"
    );
    let listed = backup(&["list"]);
    assert!(listed.status.success(), "{}", stderr(&listed));
    let listed = String::from_utf8_lossy(&listed.stdout).into_owned();
    // Retention keeps the newest of the day: the one just taken.
    let id = said.split_whitespace().nth(1).unwrap().to_owned();
    let ids: Vec<&str> = listed
        .lines()
        .filter_map(|l| l.split_whitespace().next())
        .collect();
    assert_eq!(ids, vec![id.as_str()], "{listed}");
    let id = id.as_str();

    let verified = backup(&["verify", id]);
    assert!(verified.status.success(), "{}", stderr(&verified));
    assert!(String::from_utf8_lossy(&verified.stdout).contains("passes SQLite's integrity check"));

    let into = dir.path().join("restored");
    let into_arg = into.display().to_string();
    let restored = backup(&["restore", id, "--into", &into_arg]);
    assert!(restored.status.success(), "{}", stderr(&restored));
    assert!(into.join("ticketbox.db").exists());
    let again = backup(&["restore", id, "--into", &into_arg]);
    assert_eq!(again.status.code(), Some(2));
    assert!(
        stderr(&again).contains("is not empty"),
        "{}",
        stderr(&again)
    );

    // A changed byte in the manifest: refused, naming what does not open.
    let manifest = target.join("backups").join(id).join("manifest");
    let mut bytes = std::fs::read(&manifest).unwrap();
    let middle = bytes.len() / 2;
    bytes[middle] ^= 0x40;
    std::fs::write(&manifest, bytes).unwrap();
    let tampered = backup(&["verify", id]);
    assert_eq!(tampered.status.code(), Some(1));
    assert!(
        stderr(&tampered).contains("its manifest does not open"),
        "{}",
        stderr(&tampered)
    );

    // A removal lists the backups that still hold the person's data.
    let purged = run(ticketbox(dir.path())
        .env("TICKETBOX_STORAGE__DATA_DIR", &data)
        .env("TICKETBOX_BACKUP__LOCAL_DIR", &target)
        .args(["data", "purge-user", "4242"]));
    assert!(purged.status.success(), "{}", stderr(&purged));
    let out = String::from_utf8_lossy(&purged.stdout).into_owned();
    assert!(
        out.contains("taken before this removal still hold this person's data"),
        "{out}"
    );
    assert!(out.contains(id), "{out}");
}
