//! Callback events: the bodies a service POSTs to an endpoint of yours (a webhook).
//!
//! A body is a JSON array of events, or one event, each in the CloudEvents 1.0 JSON format
//! (`specversion`, `type`, `id`, `source`, `time`, `data`) or in Event Grid's own schema
//! (`eventType`, `id`, `topic`, `subject`, `eventTime`, `dataVersion`, `data`); both may be
//! mixed. [`parse_events`] reads each event's envelope and hands its type and `data` to the
//! generated events enum ([`FromEvent`]), which gives a typed variant for the event types the
//! spec defines and keeps the others as [`UnknownEvent`]. A body that is not JSON, an event
//! without a type or an id, or a known event whose `data` does not fit its model is an
//! [`EventError`], never a panic.

use std::fmt;

use serde_json::{Map, Value};

use crate::error::shown;

/// What the generated events enum implements: one event from its type and its `data`.
pub trait FromEvent: Sized {
    /// The event of type `event_type` carrying `data`; an unknown type gives the enum's unknown
    /// variant, a known type whose data does not fit its model an error.
    fn from_event(event_type: &str, data: Value) -> Result<Self, serde_json::Error>;
}

/// The schema an event arrived in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventSchema {
    /// CloudEvents 1.0, JSON format.
    CloudEvents,
    /// Event Grid's own schema.
    EventGrid,
}

/// One event with its envelope: what every event carries, whatever its type.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Event<E> {
    /// The event's id (unique per source: use it to drop deliveries seen before).
    pub id: String,
    /// The event type on the wire (`Microsoft.Communication.CallConnected`).
    pub event_type: String,
    /// CloudEvents' `source`, or Event Grid's `topic`.
    pub source: Option<String>,
    /// What the event is about within the source (CloudEvents' and Event Grid's `subject`).
    pub subject: Option<String>,
    /// When the event happened, as sent (RFC 3339): CloudEvents' `time`, Event Grid's
    /// `eventTime`.
    pub time: Option<String>,
    /// Which of the two envelopes the event came in.
    pub schema: EventSchema,
    /// The event itself.
    pub data: E,
}

/// An event whose type the crate does not know (a newer service's, or another service's): kept
/// with its data rather than refused.
#[derive(Debug, Clone, PartialEq)]
pub struct UnknownEvent {
    /// The event type on the wire.
    pub event_type: String,
    /// The event's data, as JSON.
    pub data: Value,
}

/// Why a callback body could not be read. Its message names the event (by position and type)
/// and the problem; values from the body are shown escaped and shortened.
#[derive(Debug)]
pub struct EventError {
    index: Option<usize>,
    event_type: Option<String>,
    message: String,
    source: Option<serde_json::Error>,
}

impl EventError {
    fn body(message: impl Into<String>, source: Option<serde_json::Error>) -> Self {
        EventError {
            index: None,
            event_type: None,
            message: message.into(),
            source,
        }
    }

    fn at(index: usize, event_type: Option<&str>, message: impl Into<String>) -> Self {
        EventError {
            index: Some(index),
            event_type: event_type.map(str::to_owned),
            message: message.into(),
            source: None,
        }
    }

    /// The position of the event in the body's array (0 for a body of one event), when the
    /// error is about one event.
    pub fn index(&self) -> Option<usize> {
        self.index
    }

    /// The type of the event the error is about, when it has one.
    pub fn event_type(&self) -> Option<&str> {
        self.event_type.as_deref()
    }
}

impl fmt::Display for EventError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("invalid callback event body")?;
        if let Some(index) = self.index {
            write!(f, ": event {index}")?;
        }
        if let Some(event_type) = &self.event_type {
            write!(f, " (`{}`)", shown(event_type))?;
        }
        write!(f, ": {}", self.message)
    }
}

impl std::error::Error for EventError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.source
            .as_ref()
            .map(|e| e as &(dyn std::error::Error + 'static))
    }
}

/// Reads a callback body: a JSON array of events, or one event (see the module's docs).
pub fn parse_events<E: FromEvent>(body: &[u8]) -> Result<Vec<Event<E>>, EventError> {
    let value: Value = serde_json::from_slice(body)
        .map_err(|e| EventError::body(format!("not JSON: {e}"), Some(e)))?;
    let events = match value {
        Value::Array(events) => events,
        one @ Value::Object(_) => vec![one],
        other => {
            return Err(EventError::body(
                format!(
                    "expected an array of events or one event, found {}",
                    kind(&other)
                ),
                None,
            ));
        }
    };
    events
        .into_iter()
        .enumerate()
        .map(|(index, event)| parse_event(index, event))
        .collect()
}

fn parse_event<E: FromEvent>(index: usize, event: Value) -> Result<Event<E>, EventError> {
    let Value::Object(mut event) = event else {
        return Err(EventError::at(
            index,
            None,
            format!("expected an object, found {}", kind(&event)),
        ));
    };
    let (schema, type_key, source_key, time_key) = if event.contains_key("specversion") {
        (EventSchema::CloudEvents, "type", "source", "time")
    } else if event.contains_key("eventType") {
        (EventSchema::EventGrid, "eventType", "topic", "eventTime")
    } else {
        return Err(EventError::at(
            index,
            None,
            "neither a CloudEvent (no `specversion`) nor an Event Grid event (no `eventType`)",
        ));
    };
    let event_type = required_string(&mut event, type_key)
        .map_err(|message| EventError::at(index, None, message))?;
    let id = required_string(&mut event, "id")
        .map_err(|message| EventError::at(index, Some(&event_type), message))?;
    let data = event.remove("data").unwrap_or(Value::Null);
    let data = E::from_event(&event_type, data).map_err(|e| {
        let mut error = EventError::at(
            index,
            Some(&event_type),
            format!("`data` does not fit the event's model: {e}"),
        );
        error.source = Some(e);
        error
    })?;
    Ok(Event {
        id,
        source: optional_string(&mut event, source_key),
        subject: optional_string(&mut event, "subject"),
        time: optional_string(&mut event, time_key),
        event_type,
        schema,
        data,
    })
}

fn required_string(event: &mut Map<String, Value>, key: &str) -> Result<String, String> {
    match event.remove(key) {
        Some(Value::String(s)) => Ok(s),
        Some(other) => Err(format!("`{key}` is {}, not a string", kind(&other))),
        None => Err(format!("`{key}` is missing")),
    }
}

fn optional_string(event: &mut Map<String, Value>, key: &str) -> Option<String> {
    match event.remove(key) {
        Some(Value::String(s)) => Some(s),
        _ => None,
    }
}

fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A stand-in for a generated enum: one known type, the rest unknown.
    #[derive(Debug, PartialEq)]
    enum Sample {
        Ping { n: u32 },
        Unknown(UnknownEvent),
    }

    impl FromEvent for Sample {
        fn from_event(event_type: &str, data: Value) -> Result<Self, serde_json::Error> {
            #[derive(serde::Deserialize)]
            struct Ping {
                n: u32,
            }
            match event_type {
                "Test.Ping" => {
                    serde_json::from_value::<Ping>(data).map(|p| Sample::Ping { n: p.n })
                }
                _ => Ok(Sample::Unknown(UnknownEvent {
                    event_type: event_type.to_string(),
                    data,
                })),
            }
        }
    }

    #[test]
    fn reads_cloud_events_and_event_grid_events() {
        let body = br#"[
            {"specversion": "1.0", "type": "Test.Ping", "id": "a", "source": "s",
             "subject": "sub", "time": "2026-12-02T10:00:00Z", "data": {"n": 1}},
            {"eventType": "Test.Ping", "id": "b", "topic": "t", "subject": "x",
             "eventTime": "2026-12-02T10:00:01Z", "dataVersion": "1.0", "data": {"n": 2}},
            {"specversion": "1.0", "type": "Test.New", "id": "c", "data": {"z": [1]}}
        ]"#;
        let events = parse_events::<Sample>(body).unwrap();
        assert_eq!(events.len(), 3);
        assert_eq!(events[0].data, Sample::Ping { n: 1 });
        assert_eq!(events[0].schema, EventSchema::CloudEvents);
        assert_eq!(events[0].source.as_deref(), Some("s"));
        assert_eq!(events[0].time.as_deref(), Some("2026-12-02T10:00:00Z"));
        assert_eq!(events[1].data, Sample::Ping { n: 2 });
        assert_eq!(events[1].schema, EventSchema::EventGrid);
        assert_eq!(events[1].source.as_deref(), Some("t"));
        assert_eq!(events[1].time.as_deref(), Some("2026-12-02T10:00:01Z"));
        assert_eq!(
            events[2].data,
            Sample::Unknown(UnknownEvent {
                event_type: "Test.New".into(),
                data: serde_json::json!({"z": [1]}),
            })
        );
        // One event, not in an array.
        let one = parse_events::<Sample>(
            br#"{"specversion":"1.0","type":"Test.Ping","id":"a","data":{"n":7}}"#,
        )
        .unwrap();
        assert_eq!(one[0].data, Sample::Ping { n: 7 });
        assert!(parse_events::<Sample>(b"[]").unwrap().is_empty());
    }

    #[test]
    fn malformed_bodies_are_errors_that_say_where() {
        let cases: &[(&[u8], &str)] = &[
            (b"", "not JSON"),
            (b"{\"specversion\":", "not JSON"),
            (b"42", "found a number"),
            (b"[1]", "event 0: expected an object, found a number"),
            (b"[{\"id\":\"a\"}]", "event 0: neither a CloudEvent"),
            (b"[{\"specversion\":\"1.0\",\"id\":\"a\"}]", "event 0: `type` is missing"),
            (b"[{\"specversion\":\"1.0\",\"type\":7,\"id\":\"a\"}]", "`type` is a number"),
            (b"[{\"specversion\":\"1.0\",\"type\":\"Test.Ping\"}]", "(`Test.Ping`): `id` is missing"),
            (
                b"[{\"specversion\":\"1.0\",\"type\":\"Test.Ping\",\"id\":\"a\",\"data\":{\"n\":\"x\"}}]",
                "(`Test.Ping`): `data` does not fit the event's model",
            ),
            (
                b"[{\"specversion\":\"1.0\",\"type\":\"Test.Ping\",\"id\":\"a\"}]",
                "`data` does not fit",
            ),
        ];
        for (body, expected) in cases {
            let error = parse_events::<Sample>(body).unwrap_err();
            assert!(
                error.to_string().contains(expected),
                "{:?}: {error}",
                String::from_utf8_lossy(body)
            );
        }
        let error = parse_events::<Sample>(
            br#"[{"eventType":"Test.Ping","id":"a","data":{"n":1}},{"eventType":"Test.Ping","id":"b","data":{}}]"#,
        )
        .unwrap_err();
        assert_eq!(error.index(), Some(1));
        assert_eq!(error.event_type(), Some("Test.Ping"));
    }

    #[test]
    fn hostile_event_types_are_escaped_in_messages() {
        // An event without an id: the message names its type, escaped.
        let body = br#"[{"specversion":"1.0","type":"Evil\u001b[2J\nforged line","data":{}}]"#;
        let message = parse_events::<Sample>(body).unwrap_err().to_string();
        assert!(message.contains("`id` is missing"), "{message}");
        assert!(
            !message.contains('\n') && !message.contains('\u{1b}'),
            "{message}"
        );
        let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        assert!(parse_events::<Sample>(deep.as_bytes()).is_err());
    }
}
