//! "Parental conflict or domestic abuse?": the question set's shape, what is recorded, the
//! routing, and the plain-text summary.

pub mod assessment;
pub mod change;
pub mod question;
pub mod routing;
pub mod summary;
