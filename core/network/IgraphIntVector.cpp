// SPDX-License-Identifier: GPL-3.0-or-later
#include "IgraphIntVector.h"

#include <algorithm>
#include <utility>

namespace steward {

IgraphIntVector::IgraphIntVector(qsizetype size)
{
    if (igraph_vector_int_init(&m_vector, igraph_integer_t(size)) != IGRAPH_SUCCESS)
        m_vector = {};
}

IgraphIntVector::IgraphIntVector(const std::vector<igraph_integer_t>& values)
    : IgraphIntVector(qsizetype(values.size()))
{
    if (isValid())
        std::copy(values.begin(), values.end(), m_vector.stor_begin);
}

IgraphIntVector::~IgraphIntVector()
{
    if (isValid())
        igraph_vector_int_destroy(&m_vector);
}

IgraphIntVector::IgraphIntVector(IgraphIntVector&& other) noexcept
    : m_vector(std::exchange(other.m_vector, {}))
{
}

IgraphIntVector& IgraphIntVector::operator=(IgraphIntVector&& other) noexcept
{
    std::swap(m_vector, other.m_vector);
    return *this;
}

qsizetype IgraphIntVector::size() const
{
    return isValid() ? qsizetype(igraph_vector_int_size(&m_vector)) : 0;
}

std::vector<igraph_integer_t> IgraphIntVector::toStd() const
{
    return isValid() ? std::vector<igraph_integer_t>(m_vector.stor_begin, m_vector.end)
                     : std::vector<igraph_integer_t>();
}

} // namespace steward
