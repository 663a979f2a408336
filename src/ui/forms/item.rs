use yew::prelude::*;

/// The id GOV.UK gives item `index` (from 0) of a group: the group's id for the first, so an
/// error summary link reaches the group, then `{group}-2`, `{group}-3` and so on.
pub fn item_id(group: &str, index: usize) -> String {
    if index == 0 {
        group.to_owned()
    } else {
        format!("{group}-{}", index + 1)
    }
}

/// One radio, checkbox or select option: the value it stands for and what it shows. A select
/// shows only the label.
#[derive(Clone, PartialEq)]
pub struct Item<T> {
    pub value: T,
    view: ItemView,
}

/// An item without its value: all the non-generic group needs to draw it.
#[derive(Clone, PartialEq)]
pub struct ItemView {
    pub(super) label: AttrValue,
    pub(super) hint: Option<AttrValue>,
    pub(super) id: Option<AttrValue>,
    pub(super) conditional: Option<Html>,
}

impl<T> Item<T> {
    pub fn new(value: T, label: impl Into<AttrValue>) -> Self {
        Self { value, view: ItemView { label: label.into(), hint: None, id: None, conditional: None } }
    }

    pub fn label(&self) -> &AttrValue {
        &self.view.label
    }

    /// A hint under the item's label, `{item id}-item-hint`.
    pub fn hint(mut self, hint: impl Into<AttrValue>) -> Self {
        self.view.hint = Some(hint.into());
        self
    }

    /// An id of its own instead of GOV.UK's numbered one, to keep an id pages and tests know.
    pub fn id(mut self, id: impl Into<AttrValue>) -> Self {
        self.view.id = Some(id.into());
        self
    }

    /// Shown under the item only while it is chosen, as GOV.UK's conditional reveal.
    pub fn conditional(mut self, content: Html) -> Self {
        self.view.conditional = Some(content);
        self
    }
}

impl<T> From<Item<T>> for ItemView {
    fn from(item: Item<T>) -> Self {
        item.view
    }
}

/// A group's items with their values left behind: what to draw, which are chosen, and what
/// to send when the user changes one. Made by a generic function, so every value type shares
/// one `Radios`, one `Checkboxes` and one `Select` component in the download.
#[derive(Clone, PartialEq)]
pub struct Choices {
    pub(super) items: Vec<ItemView>,
    pub(super) checked: Vec<bool>,
    /// The index of the item changed, and whether it is now chosen.
    pub(super) changed: Callback<(usize, bool)>,
}

impl Choices {
    /// One of these values, as radios and selects offer: `value` is the one chosen, if any, and
    /// `onchange` receives the one the user chooses.
    pub fn one_of<T: Clone + PartialEq + 'static>(
        items: Vec<Item<T>>,
        value: Option<&T>,
        onchange: Callback<T>,
    ) -> Self {
        Self::of(items, |item| Some(item) == value, move |value, _| onchange.emit(value))
    }

    /// Any of these values, as checkboxes offer: `values` are the ones ticked, and `onchange`
    /// receives the value the user ticked (true) or unticked (false).
    pub fn any_of<T: Clone + PartialEq + 'static>(
        items: Vec<Item<T>>,
        values: &[T],
        onchange: Callback<(T, bool)>,
    ) -> Self {
        Self::of(items, |item| values.contains(item), move |value, ticked| onchange.emit((value, ticked)))
    }

    fn of<T: Clone + 'static>(
        items: Vec<Item<T>>,
        chosen: impl Fn(&T) -> bool,
        send: impl Fn(T, bool) + 'static,
    ) -> Self {
        let checked = items.iter().map(|item| chosen(&item.value)).collect();
        let (values, items): (Vec<T>, Vec<ItemView>) = items.into_iter().map(|item| (item.value, item.view)).unzip();
        let changed = Callback::from(move |(n, on): (usize, bool)| {
            if let Some(value) = values.get(n) {
                send(value.clone(), on);
            }
        });
        Self { items, checked, changed }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_take_govuk_ids_unless_they_set_their_own() {
        assert_eq!([0, 1, 2].map(|n| item_id("q", n)), ["q", "q-2", "q-3"]);
        let items = vec![Item::new('a', "A"), Item::new('b', "B").id("q-b")];
        let choices = Choices::any_of(items, &['b'], Callback::noop());
        assert_eq!(choices.items[1].id.as_deref(), Some("q-b"));
        assert_eq!(choices.checked, vec![false, true]);
    }
}
