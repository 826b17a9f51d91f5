import type { ServerFunctionClient } from 'payload'

import '@payloadcms/next/css'
import config from '@payload-config'
import { handleServerFunctions, RootLayout } from '@payloadcms/next/layouts'
import React from 'react'

import { guardServerFunctions } from '../../../plugins/admin-guard'
import { importMap } from './admin/importMap'
import './custom.scss'

type Args = {
  children: React.ReactNode
}

// Every admin server function passes the role checks of plugins/admin-guard first.
const guardedServerFunctions = guardServerFunctions(handleServerFunctions)

const serverFunction: ServerFunctionClient = async function (args) {
  'use server'
  return guardedServerFunctions({ ...args, config, importMap })
}

const Layout = ({ children }: Args) => (
  <RootLayout config={config} importMap={importMap} serverFunction={serverFunction}>
    {children}
  </RootLayout>
)

export default Layout
