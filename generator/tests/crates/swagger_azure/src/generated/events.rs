// @generated from `generator/tests/fixtures/swagger_azure.json` by the workspace's OpenAPI generator. Do not edit: change the spec or the generator and run `cargo xtask codegen`.

//! Callback events: what the service POSTs to your callback endpoint. Read a body with [`WidgetEvent::parse`]; each [`Event`] holds its envelope (id, type, source, time) and a [`WidgetEvent`].

use super::models;

pub use openapi_client_runtime::events::{Event, EventError, EventSchema, UnknownEvent};

use openapi_client_runtime::events::FromEvent;

/// A callback event: one variant per event type of the spec, and [`WidgetEvent::Unknown`] for the types this crate does not know (kept, not refused).
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum WidgetEvent {
    /// `Contoso.Widgets.PaintFailed`.
    PaintFailed(models::PaintFailed),
    /// `Contoso.Widgets.WidgetPainted`.
    WidgetPainted(models::WidgetPainted),
    /// An event of a type this crate does not know, with its data.
    Unknown(UnknownEvent),
}

impl WidgetEvent {
    /// Reads a callback body: a JSON array of events (or one event) in the CloudEvents or
    /// the Event Grid schema. A malformed body, or a known event whose data does not
    /// fit its model, is an error.
    pub fn parse(body: &[u8]) -> Result<Vec<Event<Self>>, EventError> {
        openapi_client_runtime::events::parse_events(body)
    }

    /// The event type on the wire.
    pub fn event_type(&self) -> &str {
        match self {
            Self::PaintFailed(_) => "Contoso.Widgets.PaintFailed",
            Self::WidgetPainted(_) => "Contoso.Widgets.WidgetPainted",
            Self::Unknown(event) => &event.event_type,
        }
    }

    /// A note, or null.
    ///
    /// From the event's `note` property; `None` when it is absent or the event's type is unknown.
    pub fn note(&self) -> Option<&str> {
        match self {
            Self::PaintFailed(event) => event.note.as_ref().and_then(|v| v.as_deref()),
            Self::WidgetPainted(event) => event.note.as_ref().and_then(|v| v.as_deref()),
            _ => None,
        }
    }

    /// From the event's `size` property; `None` when it is absent, or for events without it and of unknown types.
    pub fn size(&self) -> Option<&models::Size> {
        match self {
            Self::PaintFailed(event) => event.size.as_ref(),
            _ => None,
        }
    }

    /// The widget.
    ///
    /// From the event's `widgetId` property; `None` when it is absent or the event's type is unknown.
    pub fn widget_id(&self) -> Option<&str> {
        match self {
            Self::PaintFailed(event) => event.widget_id.as_deref(),
            Self::WidgetPainted(event) => Some(event.widget_id.as_str()),
            _ => None,
        }
    }
}

impl FromEvent for WidgetEvent {
    fn from_event(
        event_type: &str,
        data: serde_json::Value,
    ) -> Result<Self, serde_json::Error> {
        Ok(
            match event_type {
                "Contoso.Widgets.PaintFailed" => {
                    Self::PaintFailed(serde_json::from_value(data)?)
                }
                "Contoso.Widgets.WidgetPainted" => {
                    Self::WidgetPainted(serde_json::from_value(data)?)
                }
                _ => {
                    Self::Unknown(UnknownEvent {
                        event_type: event_type.to_owned(),
                        data,
                    })
                }
            },
        )
    }
}
