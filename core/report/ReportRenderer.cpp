// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportRenderer.h"

#include <atomic>

namespace steward {

namespace {

std::atomic<const ReportRenderer*> g_renderer{nullptr};

} // namespace

const ReportRenderer* ReportRenderer::installed()
{
    return g_renderer.load();
}

void ReportRenderer::install(const ReportRenderer* renderer)
{
    g_renderer.store(renderer);
}

} // namespace steward
