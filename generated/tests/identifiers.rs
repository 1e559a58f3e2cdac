//! Raw ids read and written with the official SDKs' rules (azure-communication-* `identifier_from_raw_id`
//! and the identifiers' raw id formats), every cloud prefix included, and identifiers on the wire.

use acs_call_automation::models::UnholdRequest;
use acs_call_automation::{
    CommunicationCloudEnvironment as Cloud, CommunicationIdentifier, IdentifierKind,
};
use serde_json::json;

fn user(id: &str) -> IdentifierKind {
    IdentifierKind::CommunicationUser { id: id.into() }
}

fn phone(value: &str, asserted_id: Option<&str>, is_anonymous: bool) -> IdentifierKind {
    IdentifierKind::PhoneNumber {
        value: value.into(),
        asserted_id: asserted_id.map(Into::into),
        is_anonymous,
    }
}

fn teams_user(user_id: &str, is_anonymous: bool, cloud: Cloud) -> IdentifierKind {
    IdentifierKind::MicrosoftTeamsUser {
        user_id: user_id.into(),
        is_anonymous,
        cloud,
    }
}

fn teams_app(app_id: &str, cloud: Cloud) -> IdentifierKind {
    IdentifierKind::MicrosoftTeamsApp {
        app_id: app_id.into(),
        cloud,
    }
}

fn extension(resource: &str, tenant: &str, user: &str, cloud: Cloud) -> IdentifierKind {
    IdentifierKind::TeamsExtensionUser {
        user_id: user.into(),
        tenant_id: tenant.into(),
        resource_id: resource.into(),
        cloud,
    }
}

#[test]
fn raw_ids_parse_as_the_official_sdks_parse_them() {
    let acs = "8:acs:b9614373-fd0b-480c-8fd2-cb58b70eab9f_0f50d091-5bd3-448b-884d-44be7037d9b9";
    let cases: Vec<(&str, IdentifierKind)> = vec![
        // Communication Services users, in every cloud, and spool users.
        (acs, user(acs)),
        ("8:dod-acs:resource_user", user("8:dod-acs:resource_user")),
        ("8:gcch-acs:resource_user", user("8:gcch-acs:resource_user")),
        ("8:spool:resource_user", user("8:spool:resource_user")),
        ("8:acs:bare", user("8:acs:bare")),
        ("8:acs:a_b_c_d", user("8:acs:a_b_c_d")),
        // Three parts joined by `_` under an ACS prefix: a Teams Phone extension user.
        (
            "8:acs:res_ten_usr",
            extension("res", "ten", "usr", Cloud::Public),
        ),
        (
            "8:dod-acs:res_ten_usr",
            extension("res", "ten", "usr", Cloud::Dod),
        ),
        (
            "8:gcch-acs:res_ten_usr",
            extension("res", "ten", "usr", Cloud::Gcch),
        ),
        // Spool users are never extension users.
        ("8:spool:res_ten_usr", user("8:spool:res_ten_usr")),
        // Phone numbers: the value is all that follows `4:`; an asserted id what follows the
        // last `_`.
        ("4:+14255550123", phone("+14255550123", None, false)),
        ("4:anonymous", phone("anonymous", None, true)),
        (
            "4:+14255550123_207ffef6",
            phone("+14255550123_207ffef6", Some("207ffef6"), false),
        ),
        ("4:+1_a_b", phone("+1_a_b", Some("b"), false)),
        ("4:+14255550123_", phone("+14255550123_", None, false)),
        ("4:_x", phone("_x", Some("x"), false)),
        ("4:", phone("", None, false)),
        // Teams users, in every cloud, and visitors.
        (
            "8:orgid:45ab2481",
            teams_user("45ab2481", false, Cloud::Public),
        ),
        ("8:dod:45ab2481", teams_user("45ab2481", false, Cloud::Dod)),
        (
            "8:gcch:45ab2481",
            teams_user("45ab2481", false, Cloud::Gcch),
        ),
        (
            "8:teamsvisitor:45ab2481",
            teams_user("45ab2481", true, Cloud::Public),
        ),
        // The rest keeps its colons.
        ("8:orgid:a:b", teams_user("a:b", false, Cloud::Public)),
        // Teams apps, in every cloud.
        ("28:orgid:01234567", teams_app("01234567", Cloud::Public)),
        ("28:dod:01234567", teams_app("01234567", Cloud::Dod)),
        ("28:gcch:01234567", teams_app("01234567", Cloud::Gcch)),
        // What the SDKs do not know.
        ("28:dod-global:01234567", IdentifierKind::Unknown),
        ("28:gcch-global:01234567", IdentifierKind::Unknown),
        ("48:45ab2481", IdentifierKind::Unknown),
        ("8:acs", IdentifierKind::Unknown),
        ("9:acs:x", IdentifierKind::Unknown),
        ("", IdentifierKind::Unknown),
        ("no colons", IdentifierKind::Unknown),
    ];
    for (raw_id, kind) in cases {
        let identifier = CommunicationIdentifier::from_raw_id(raw_id);
        assert_eq!(identifier.kind(), &kind, "{raw_id}");
        // The raw id is kept as given, and `Display` and `FromStr` agree.
        assert_eq!(identifier.raw_id(), raw_id);
        assert_eq!(identifier.to_string(), raw_id);
        assert_eq!(
            raw_id.parse::<CommunicationIdentifier>().unwrap(),
            identifier
        );
        // Every kind but the unknown one gives the same raw id back from its parts.
        if kind != IdentifierKind::Unknown {
            assert_eq!(
                CommunicationIdentifier::from_kind(kind).raw_id(),
                raw_id,
                "{raw_id}"
            );
        }
    }
}

#[test]
fn identifiers_built_from_their_parts_get_the_official_raw_ids() {
    let cases = [
        (
            CommunicationIdentifier::communication_user("8:acs:r_u"),
            "8:acs:r_u",
        ),
        (
            CommunicationIdentifier::phone_number("+14255550123"),
            "4:+14255550123",
        ),
        (
            CommunicationIdentifier::microsoft_teams_user("u1", Cloud::Public),
            "8:orgid:u1",
        ),
        (
            CommunicationIdentifier::microsoft_teams_user("u1", Cloud::Dod),
            "8:dod:u1",
        ),
        (
            CommunicationIdentifier::microsoft_teams_user("u1", Cloud::Gcch),
            "8:gcch:u1",
        ),
        (
            CommunicationIdentifier::from_kind(teams_user("u1", true, Cloud::Gcch)),
            "8:teamsvisitor:u1",
        ),
        (
            CommunicationIdentifier::microsoft_teams_app("a1", Cloud::Public),
            "28:orgid:a1",
        ),
        (
            CommunicationIdentifier::microsoft_teams_app("a1", Cloud::Dod),
            "28:dod:a1",
        ),
        (
            CommunicationIdentifier::microsoft_teams_app("a1", Cloud::Gcch),
            "28:gcch:a1",
        ),
        (
            CommunicationIdentifier::teams_extension_user("u", "t", "r", Cloud::Public),
            "8:acs:r_t_u",
        ),
        (
            CommunicationIdentifier::teams_extension_user("u", "t", "r", Cloud::Dod),
            "8:dod-acs:r_t_u",
        ),
        (
            CommunicationIdentifier::teams_extension_user("u", "t", "r", Cloud::Gcch),
            "8:gcch-acs:r_t_u",
        ),
        // A cloud the SDKs do not know takes the public cloud's prefix.
        (
            CommunicationIdentifier::microsoft_teams_app("a1", Cloud::Other("mars".into())),
            "28:orgid:a1",
        ),
    ];
    for (identifier, raw_id) in cases {
        assert_eq!(identifier.raw_id(), raw_id);
    }
    // Identifiers are equal when their raw ids are, whatever way they were made.
    assert_eq!(
        CommunicationIdentifier::communication_user("8:acs:r_u"),
        CommunicationIdentifier::from("8:acs:r_u")
    );
    assert_ne!(
        CommunicationIdentifier::phone_number("+1"),
        CommunicationIdentifier::phone_number("+2")
    );
}

#[test]
fn identifiers_go_on_the_wire_as_the_official_python_sdk_sends_them() {
    let cases = [
        (
            CommunicationIdentifier::from("8:acs:r_u"),
            json!({"rawId": "8:acs:r_u", "communicationUser": {"id": "8:acs:r_u"}}),
        ),
        (
            CommunicationIdentifier::from("4:+14255550123"),
            json!({"rawId": "4:+14255550123", "phoneNumber": {"value": "+14255550123"}}),
        ),
        (
            CommunicationIdentifier::from("4:anonymous"),
            json!({"rawId": "4:anonymous", "phoneNumber": {"value": "anonymous", "isAnonymous": true}}),
        ),
        (
            CommunicationIdentifier::from("8:gcch:u1"),
            json!({"rawId": "8:gcch:u1", "microsoftTeamsUser": {"userId": "u1", "isAnonymous": false, "cloud": "gcch"}}),
        ),
        (
            CommunicationIdentifier::from("28:dod:a1"),
            json!({"rawId": "28:dod:a1", "microsoftTeamsApp": {"appId": "a1", "cloud": "dod"}}),
        ),
        (
            CommunicationIdentifier::from("8:acs:r_t_u"),
            json!({"rawId": "8:acs:r_t_u", "teamsExtensionUser": {"userId": "u", "tenantId": "t", "resourceId": "r", "cloud": "public"}}),
        ),
        (
            CommunicationIdentifier::from("48:x"),
            json!({"rawId": "48:x"}),
        ),
    ];
    for (identifier, wire) in cases {
        assert_eq!(serde_json::to_value(&identifier).unwrap(), wire);
        let back: CommunicationIdentifier = serde_json::from_value(wire).unwrap();
        assert_eq!(back.kind(), identifier.kind());
        assert_eq!(back.raw_id(), identifier.raw_id());
    }
    // A model field takes a raw id.
    let request = UnholdRequest::new("4:+14255550123");
    assert_eq!(
        serde_json::to_value(&request).unwrap(),
        json!({"targetParticipant": {"rawId": "4:+14255550123", "phoneNumber": {"value": "+14255550123"}}})
    );
}

#[test]
fn identifiers_read_from_responses_keep_the_service_s_raw_id() {
    // The kind's object decides; `kind` itself is not needed; unknown properties are ignored.
    let read: CommunicationIdentifier = serde_json::from_value(json!({
        "kind": "phoneNumber",
        "rawId": "4:+14255550123_abc",
        "phoneNumber": {"value": "+14255550123"},
        "futureProperty": true
    }))
    .unwrap();
    assert_eq!(read.raw_id(), "4:+14255550123_abc");
    assert_eq!(read.kind(), &phone("+14255550123", Some("abc"), false));
    // Without a raw id, the one the SDKs make.
    let read: CommunicationIdentifier =
        serde_json::from_value(json!({"communicationUser": {"id": "8:acs:x"}})).unwrap();
    assert_eq!(read.raw_id(), "8:acs:x");
    // Only a raw id: a kind this crate does not know.
    let read: CommunicationIdentifier =
        serde_json::from_value(json!({"kind": "someNewKind", "rawId": "99:x"})).unwrap();
    assert_eq!(read.kind(), &IdentifierKind::Unknown);
    assert_eq!(read.raw_id(), "99:x");
    // Neither: an error, not an empty identifier.
    for bad in [
        json!({}),
        json!({"kind": "communicationUser"}),
        json!("8:acs:x"),
        json!({"communicationUser": {}}),
    ] {
        assert!(
            serde_json::from_value::<CommunicationIdentifier>(bad.clone()).is_err(),
            "{bad}"
        );
    }
}
