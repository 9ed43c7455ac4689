// SPDX-License-Identifier: GPL-3.0-or-later
#include "IgraphPool.h"

#include <QThreadPool>

namespace steward {

QThreadPool* igraphPool()
{
    static QThreadPool* pool = [] {
        auto* p = new QThreadPool;
        p->setMaxThreadCount(1);
        p->setExpiryTimeout(-1);
        return p;
    }();
    return pool;
}

} // namespace steward
