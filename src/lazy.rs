//! Code fetched when first needed. In shipped builds (feature `split`) a function declared with
//! [`lazy_fn!`] goes, with everything only it calls, into a separate WebAssembly module that
//! wasm-split cuts off at build time and the widget fetches on the first call
//! (docs/architecture.md#lazily-loaded-modules); elsewhere (tests) it is an ordinary function.
//! Either way callers `.await` it, and get `Err(NotLoaded)` only when that module could not be
//! fetched; the next call tries again.

/// The lazily loaded module could not be fetched or instantiated (offline, blocked by the page).
#[cfg(feature = "split")]
pub use wasm_split_helpers::SplitLoaderError as NotLoaded;

/// The lazily loaded module could not be fetched: never, when nothing is split off.
#[cfg(not(feature = "split"))]
#[derive(Debug)]
pub enum NotLoaded {}

/// `lazy_fn!(module: fn name(args) -> T { body })` declares `async fn name(args) -> Result<T,
/// NotLoaded>` whose body lives in the lazily loaded module `module` of shipped builds.
macro_rules! lazy_fn {
    ($module:ident: $(#[$attr:meta])* $vis:vis fn $name:ident($($arg:ident: $ty:ty),* $(,)?) -> $ret:ty $body:block) => {
        #[cfg(feature = "split")]
        #[wasm_split_helpers::wasm_split($module, fallible)]
        $(#[$attr])*
        $vis fn $name($($arg: $ty),*) -> Result<$ret, $crate::lazy::NotLoaded> {
            Ok($body)
        }
        #[cfg(not(feature = "split"))]
        $(#[$attr])*
        $vis async fn $name($($arg: $ty),*) -> Result<$ret, $crate::lazy::NotLoaded> {
            Ok($body)
        }
    };
}
pub(crate) use lazy_fn;
