// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "report/ReportScope.h"

namespace steward {

/** Artefacts written in the period by kind and status, and the peer reviews done. Read-only SQL. */
class RepertoireSection
{
public:
    static Result<ReportSectionResult> build(const ReportScope& scope);

private:
    static Result<ReportTable> artefacts(const ReportScope& scope);
    static Result<ReportTable> reviews(const ReportScope& scope);
};

} // namespace steward
