#pragma once

/// The icons compiled into syncstudio_ui. A resource file linked from a static library is only
/// registered when something references it, so every entry point of the UI calls ensureLoaded().
namespace UiResources {

/// Registers the :/icons resources once; cheap to call again.
void ensureLoaded();

} // namespace UiResources
