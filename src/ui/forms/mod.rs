//! GOV.UK form components, each controlled: the value comes in as a property and every change
//! goes out through a callback, so no page reads the DOM.
