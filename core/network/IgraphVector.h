// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>
#include <igraph.h>

#include <vector>

namespace steward {

/** Owns one igraph_vector_t (real numbers): initialised on construction, destroyed with the object. */
class IgraphVector
{
public:
    explicit IgraphVector(qsizetype size = 0);
    explicit IgraphVector(const std::vector<double>& values);
    ~IgraphVector();
    IgraphVector(IgraphVector&& other) noexcept;
    IgraphVector& operator=(IgraphVector&& other) noexcept;
    IgraphVector(const IgraphVector&) = delete;
    IgraphVector& operator=(const IgraphVector&) = delete;

    /** False only when igraph could not allocate the storage. */
    bool isValid() const { return m_vector.stor_begin != nullptr; }
    igraph_vector_t* get() { return &m_vector; }
    const igraph_vector_t* get() const { return &m_vector; }
    qsizetype size() const;
    double at(qsizetype i) const { return m_vector.stor_begin[i]; }
    double& operator[](qsizetype i) { return m_vector.stor_begin[i]; }
    std::vector<double> toStd() const;

private:
    igraph_vector_t m_vector{};
};

} // namespace steward
