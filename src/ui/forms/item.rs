use std::rc::Rc;

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

/// What a generic group hands its non-generic body: the items to draw, which are chosen, and
/// the values to map a chosen index back to.
pub(super) fn split<T: Clone>(items: &[Item<T>], chosen: impl Fn(&T) -> bool) -> (Vec<ItemView>, Vec<bool>, Rc<[T]>) {
    let views = items.iter().map(|item| item.view.clone()).collect();
    let checked = items.iter().map(|item| chosen(&item.value)).collect();
    let values = items.iter().map(|item| item.value.clone()).collect();
    (views, checked, values)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_take_govuk_ids_unless_they_set_their_own() {
        assert_eq!([0, 1, 2].map(|n| item_id("q", n)), ["q", "q-2", "q-3"]);
        let items = [Item::new('a', "A"), Item::new('b', "B").id("q-b")];
        let (views, checked, values) = split(&items, |value| *value == 'b');
        assert_eq!(views[1].id.as_deref(), Some("q-b"));
        assert_eq!((checked, &*values), (vec![false, true], &['a', 'b'][..]));
    }
}
