pub mod error_summary;
pub mod exit_this_page;
pub mod helpline_list;
pub mod site_footer;
pub mod site_header;
pub mod shell;
pub mod skip_link;
pub mod text_field;
