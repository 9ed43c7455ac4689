// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>
#include <igraph.h>

#include <vector>

namespace steward {

/** Owns one igraph_vector_int_t (integers): initialised on construction, destroyed with the object. */
class IgraphIntVector
{
public:
    explicit IgraphIntVector(qsizetype size = 0);
    explicit IgraphIntVector(const std::vector<igraph_integer_t>& values);
    ~IgraphIntVector();
    IgraphIntVector(IgraphIntVector&& other) noexcept;
    IgraphIntVector& operator=(IgraphIntVector&& other) noexcept;
    IgraphIntVector(const IgraphIntVector&) = delete;
    IgraphIntVector& operator=(const IgraphIntVector&) = delete;

    /** False only when igraph could not allocate the storage. */
    bool isValid() const { return m_vector.stor_begin != nullptr; }
    igraph_vector_int_t* get() { return &m_vector; }
    const igraph_vector_int_t* get() const { return &m_vector; }
    qsizetype size() const;
    igraph_integer_t at(qsizetype i) const { return m_vector.stor_begin[i]; }
    igraph_integer_t& operator[](qsizetype i) { return m_vector.stor_begin[i]; }
    std::vector<igraph_integer_t> toStd() const;

private:
    igraph_vector_int_t m_vector{};
};

} // namespace steward
