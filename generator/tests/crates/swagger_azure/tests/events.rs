//! Callback events selected in the configuration (`[crate.events]`): Swagger definitions that no
//! operation uses, read from CloudEvents and Event Grid bodies.

use fixture_swagger_azure::models::{Size, WidgetPainted};
use fixture_swagger_azure::{EventSchema, WidgetEvent};

#[test]
fn events_of_both_schemas_are_typed_and_unknown_types_kept() {
    let body = br#"[
        {"specversion": "1.0", "type": "Contoso.Widgets.WidgetPainted", "id": "e1",
         "source": "widgets/7", "time": "2026-12-02T10:00:00Z",
         "data": {"widgetId": "7", "color": "red", "note": null, "extra": 1}},
        {"eventType": "Contoso.Widgets.PaintFailed", "id": "e2", "topic": "t",
         "eventTime": "2026-12-02T10:00:01Z", "dataVersion": "1.0",
         "data": {"size": "large", "note": "too big"}},
        {"specversion": "1.0", "type": "Contoso.Widgets.Polished", "id": "e3",
         "data": {"widgetId": "9"}}
    ]"#;
    let events = WidgetEvent::parse(body).unwrap();
    assert_eq!(events.len(), 3);

    let painted = &events[0];
    assert_eq!(painted.schema, EventSchema::CloudEvents);
    assert_eq!(painted.id, "e1");
    assert_eq!(painted.source.as_deref(), Some("widgets/7"));
    let WidgetEvent::WidgetPainted(WidgetPainted {
        widget_id, note, ..
    }) = &painted.data
    else {
        panic!("{:?}", painted.data);
    };
    assert_eq!(widget_id, "7");
    // Present and null, told apart from absent.
    assert_eq!(note, &Some(None));
    assert_eq!(painted.data.event_type(), "Contoso.Widgets.WidgetPainted");
    assert_eq!(painted.data.widget_id(), Some("7"));
    assert_eq!(painted.data.note(), None);
    assert_eq!(painted.data.size(), None);

    let failed = &events[1];
    assert_eq!(failed.schema, EventSchema::EventGrid);
    assert_eq!(failed.time.as_deref(), Some("2026-12-02T10:00:01Z"));
    assert_eq!(failed.data.widget_id(), None);
    assert_eq!(failed.data.note(), Some("too big"));
    assert_eq!(failed.data.size(), Some(&Size::Large));

    let unknown = &events[2];
    let WidgetEvent::Unknown(event) = &unknown.data else {
        panic!("{:?}", unknown.data);
    };
    assert_eq!(event.event_type, "Contoso.Widgets.Polished");
    assert_eq!(event.data["widgetId"], "9");
    assert_eq!(unknown.data.event_type(), "Contoso.Widgets.Polished");
    assert_eq!(unknown.data.widget_id(), None);
}

#[test]
fn known_events_that_do_not_fit_their_model_are_errors() {
    // `widgetId` is required; `size` is a closed enum.
    for (body, expected) in [
        (
            r#"[{"specversion":"1.0","type":"Contoso.Widgets.WidgetPainted","id":"a","data":{}}]"#,
            "missing field `widgetId`",
        ),
        (
            r#"[{"specversion":"1.0","type":"Contoso.Widgets.PaintFailed","id":"a","data":{"size":"huge"}}]"#,
            "unknown variant `huge`",
        ),
    ] {
        let error = WidgetEvent::parse(body.as_bytes()).unwrap_err();
        assert_eq!(error.index(), Some(0));
        let message = error.to_string();
        assert!(message.contains(expected), "{message}");
    }
}
