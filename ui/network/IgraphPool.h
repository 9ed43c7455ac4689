// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QThreadPool;

namespace steward {

/** The one worker thread on which the GUI runs igraph work (layouts, metrics): igraph is not thread-safe. */
QThreadPool* igraphPool();

} // namespace steward
