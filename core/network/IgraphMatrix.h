// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>
#include <igraph.h>

namespace steward {

/** Owns one igraph_matrix_t (real numbers, column-major): initialised on construction, destroyed with the object. */
class IgraphMatrix
{
public:
    IgraphMatrix();
    ~IgraphMatrix();
    IgraphMatrix(const IgraphMatrix&) = delete;
    IgraphMatrix& operator=(const IgraphMatrix&) = delete;

    /** False only when igraph could not allocate the storage. */
    bool isValid() const { return m_valid; }
    igraph_matrix_t* get() { return &m_matrix; }
    qsizetype rows() const { return qsizetype(igraph_matrix_nrow(&m_matrix)); }
    qsizetype columns() const { return qsizetype(igraph_matrix_ncol(&m_matrix)); }
    double at(qsizetype row, qsizetype column) const { return MATRIX(m_matrix, row, column); }

private:
    igraph_matrix_t m_matrix{};
    bool m_valid = false;
};

} // namespace steward
