// SPDX-License-Identifier: GPL-3.0-or-later
#include "IgraphMatrix.h"

namespace steward {

IgraphMatrix::IgraphMatrix()
    : m_valid(igraph_matrix_init(&m_matrix, 0, 0) == IGRAPH_SUCCESS)
{
}

IgraphMatrix::~IgraphMatrix()
{
    if (m_valid)
        igraph_matrix_destroy(&m_matrix);
}

} // namespace steward
